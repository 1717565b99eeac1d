// SVG of pipeline graphs, laid out here without a browser or Graphviz: a small layered
// (Sugiyama-style) layout. Rows are the longest-path layers of the model; an edge that skips rows
// gets a waypoint in each row it crosses, so it runs between boxes instead of through them; within
// a row tasks and waypoints are ordered by the mean position of what they wait for (one downward
// sweep, spec order breaking ties), which keeps the fan-outs and joins of real pipelines uncrossed;
// finally tasks get a row of their own in a dashed frame. Text is measured by character count (monospace), so the output is
// the same on every machine.
import type { GraphTask, PipelineGraph } from './model';
import { taskNotes } from './render';

const CHAR = 7.2;
const LINE = 16;
const PAD_X = 12;
const PAD_Y = 9;
const GAP_X = 28;
const GAP_Y = 44;
const MARGIN = 20;
const TITLE = 28;

interface Box {
  /** The task; undefined for the waypoint of an edge that skips rows. */
  readonly task?: GraphTask;
  readonly id: string;
  readonly lines: string[];
  readonly w: number;
  /** Height; a waypoint takes that of its row when placed. */
  h: number;
  x: number;
  y: number;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function boxOf(task: GraphTask): Box {
  const lines = [task.name, ...taskNotes(task)];
  return { task, id: task.name, lines, w: Math.ceil(Math.max(...lines.map((l) => l.length)) * CHAR + 2 * PAD_X), h: lines.length * LINE + 2 * PAD_Y, x: 0, y: 0 };
}

/** Lays out one graph from `top`; returns its boxes by id, each edge's waypoints, its finally frame and its size. */
function layout(g: PipelineGraph, top: number): { boxes: Map<string, Box>; routes: Box[][]; frame?: { y: number; h: number }; width: number; height: number } {
  const boxes = new Map<string, Box>();
  const rows: Box[][] = [];
  const layerOf = new Map<string, number>();
  for (const t of g.tasks) {
    const box = boxOf(t);
    boxes.set(t.name, box);
    layerOf.set(t.name, t.layer);
    (rows[t.layer - 1] ??= []).push(box);
  }
  const preds = new Map<string, string[]>();
  const wait = (to: string, from: string) => preds.set(to, [...(preds.get(to) ?? []), from]);
  const routes = g.edges.map((e, i) => {
    const route: Box[] = [];
    let previous = e.from;
    for (let layer = layerOf.get(e.from)! + 1; layer < layerOf.get(e.to)!; layer++) {
      const point: Box = { id: `edge ${i} row ${layer}`, lines: [], w: 10, h: 0, x: 0, y: 0 };
      boxes.set(point.id, point);
      (rows[layer - 1] ??= []).push(point);
      wait(point.id, previous);
      route.push(point);
      previous = point.id;
    }
    wait(e.to, previous);
    return route;
  });
  const order = new Map<string, number>();
  const dense = rows.filter((r) => r !== undefined);
  for (const row of dense) {
    const keyed = row.map((b, i) => {
      const ps = (preds.get(b.id) ?? []).map((p) => order.get(p)).filter((o): o is number => o !== undefined);
      return { b, i, key: ps.length ? ps.reduce((a, c) => a + c, 0) / ps.length : i };
    });
    keyed.sort((a, b) => a.key - b.key || a.i - b.i);
    row.splice(0, row.length, ...keyed.map((k) => k.b));
    row.forEach((b, i) => order.set(b.id, i));
  }
  const finallyRow = g.finally.map(boxOf);
  for (const b of finallyRow) boxes.set(b.id, b);
  const rowWidth = (r: Box[]) => r.reduce((a, b) => a + b.w, 0) + GAP_X * Math.max(0, r.length - 1);
  const width = Math.max(0, ...dense.map(rowWidth), finallyRow.length ? rowWidth(finallyRow) + 2 * PAD_X : 0);
  let y = top + TITLE;
  const place = (row: Box[]) => {
    let x = MARGIN + (width - rowWidth(row)) / 2;
    const h = Math.max(...row.map((b) => b.h));
    for (const b of row) {
      if (b.task === undefined) b.h = h;
      b.x = x;
      b.y = y + (h - b.h) / 2;
      x += b.w + GAP_X;
    }
    y += h + GAP_Y;
  };
  dense.forEach(place);
  let frame: { y: number; h: number } | undefined;
  if (finallyRow.length) {
    const frameTop = y - GAP_Y / 2;
    y += LINE;
    place(finallyRow);
    frame = { y: frameTop, h: y - GAP_Y / 2 - frameTop };
  }
  return { boxes, routes, frame, width, height: y - top };
}

/** One SVG document with every graph, stacked. */
export function toSvg(graphs: readonly PipelineGraph[]): string {
  const parts: string[] = [];
  let top = MARGIN;
  let width = 0;
  for (const g of graphs) {
    const { boxes, routes, frame, width: w, height } = layout(g, top);
    width = Math.max(width, w);
    parts.push(`  <g class="pipeline">`, `    <text x="${MARGIN}" y="${top + 16}" class="title">${xml(g.title)}</text>`);
    if (frame) {
      parts.push(`    <rect x="${MARGIN - PAD_X / 2}" y="${frame.y}" width="${w + PAD_X}" height="${frame.h}" rx="6" class="finally"/>`);
      parts.push(`    <text x="${MARGIN}" y="${frame.y + 14}" class="note">finally: after all tasks</text>`);
    }
    g.edges.forEach((e, i) => {
      const a = boxes.get(e.from)!;
      const b = boxes.get(e.to)!;
      const points = [[a.x + a.w / 2, a.y + a.h], ...routes[i].flatMap((p) => [[p.x + p.w / 2, p.y], [p.x + p.w / 2, p.y + p.h]]), [b.x + b.w / 2, b.y - 2]];
      let d = `M${fmt(points[0][0])},${fmt(points[0][1])}`;
      for (let k = 1; k < points.length; k++) {
        const [[x1, y1], [x2, y2]] = [points[k - 1], points[k]];
        const mid = (y1 + y2) / 2;
        d += ` C${fmt(x1)},${fmt(mid)} ${fmt(x2)},${fmt(mid)} ${fmt(x2)},${fmt(y2)}`;
      }
      parts.push(`    <path d="${d}" class="edge${e.kind === 'results' ? ' results' : ''}" marker-end="url(#arrow)"/>`);
      if (e.kind === 'results') {
        const [[x1, y1], [x2, y2]] = [points[0], points[1]];
        parts.push(`    <text x="${fmt((x1 + x2) / 2 + 4)}" y="${fmt((y1 + y2) / 2)}" class="note">results</text>`);
      }
    });
    for (const box of boxes.values()) {
      const t = box.task;
      if (t === undefined) continue;
      const cls = ['task', t.when ? 'when' : '', t.matrix ? 'matrix' : ''].filter(Boolean).join(' ');
      parts.push(`    <rect x="${fmt(box.x)}" y="${fmt(box.y)}" width="${box.w}" height="${box.h}" rx="6" class="${cls}"/>`);
      box.lines.forEach((l, i) => parts.push(`    <text x="${fmt(box.x + PAD_X)}" y="${fmt(box.y + PAD_Y + 12 + i * LINE)}" class="${i === 0 ? 'name' : 'note'}">${xml(l)}</text>`));
    }
    parts.push('  </g>');
    top += height + MARGIN;
  }
  const w = Math.ceil(width + 2 * MARGIN);
  const h = Math.ceil(top);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    '  <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>',
    '  <style>text{font-family:monospace;font-size:12px;fill:#222}.title{font-size:14px;font-weight:bold}.name{font-weight:bold}.note{fill:#555;font-size:11px}' +
      '.task{fill:#eef4fb;stroke:#4a76a8;stroke-width:1.2}.when{stroke-dasharray:5 3}.matrix{stroke-width:3}.finally{fill:none;stroke:#999;stroke-dasharray:6 4}' +
      '.edge{fill:none;stroke:#555;stroke-width:1.2}.results{stroke:#b05a00}</style>',
    `  <rect width="${w}" height="${h}" fill="#fff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
