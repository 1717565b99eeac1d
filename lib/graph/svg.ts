// SVG of pipeline graphs, laid out here without a browser or Graphviz: a small layered
// (Sugiyama-style) layout. Rows are the longest-path layers of the model; within a row tasks are
// ordered by the mean position of the tasks they wait for (one downward sweep, spec order breaking
// ties), which keeps the fan-outs and joins of real pipelines uncrossed; finally tasks get a row of
// their own in a dashed frame. Text is measured by character count (monospace), so the output is
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
  readonly task: GraphTask;
  readonly lines: string[];
  readonly w: number;
  readonly h: number;
  x: number;
  y: number;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function boxOf(task: GraphTask): Box {
  const lines = [task.name, ...taskNotes(task)];
  return { task, lines, w: Math.ceil(Math.max(...lines.map((l) => l.length)) * CHAR + 2 * PAD_X), h: lines.length * LINE + 2 * PAD_Y, x: 0, y: 0 };
}

/** Lays out one graph from `top`; returns its boxes by name, its finally frame and its size. */
function layout(g: PipelineGraph, top: number): { boxes: Map<string, Box>; frame?: { y: number; h: number }; width: number; height: number } {
  const boxes = new Map<string, Box>();
  const rows: Box[][] = [];
  for (const t of g.tasks) {
    const box = boxOf(t);
    boxes.set(t.name, box);
    (rows[t.layer - 1] ??= []).push(box);
  }
  const preds = new Map<string, string[]>();
  for (const e of g.edges) preds.set(e.to, [...(preds.get(e.to) ?? []), e.from]);
  const order = new Map<string, number>();
  const dense = rows.filter((r) => r !== undefined);
  for (const row of dense) {
    const keyed = row.map((b, i) => {
      const ps = (preds.get(b.task.name) ?? []).map((p) => order.get(p)).filter((o): o is number => o !== undefined);
      return { b, i, key: ps.length ? ps.reduce((a, c) => a + c, 0) / ps.length : i };
    });
    keyed.sort((a, b) => a.key - b.key || a.i - b.i);
    row.splice(0, row.length, ...keyed.map((k) => k.b));
    row.forEach((b, i) => order.set(b.task.name, i));
  }
  const finallyRow = g.finally.map(boxOf);
  for (const b of finallyRow) boxes.set(b.task.name, b);
  const rowWidth = (r: Box[]) => r.reduce((a, b) => a + b.w, 0) + GAP_X * Math.max(0, r.length - 1);
  const width = Math.max(0, ...dense.map(rowWidth), finallyRow.length ? rowWidth(finallyRow) + 2 * PAD_X : 0);
  let y = top + TITLE;
  const place = (row: Box[]) => {
    let x = MARGIN + (width - rowWidth(row)) / 2;
    const h = Math.max(...row.map((b) => b.h));
    for (const b of row) {
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
  return { boxes, frame, width, height: y - top };
}

/** One SVG document with every graph, stacked. */
export function toSvg(graphs: readonly PipelineGraph[]): string {
  const parts: string[] = [];
  let top = MARGIN;
  let width = 0;
  for (const g of graphs) {
    const { boxes, frame, width: w, height } = layout(g, top);
    width = Math.max(width, w);
    parts.push(`  <g class="pipeline">`, `    <text x="${MARGIN}" y="${top + 16}" class="title">${xml(g.title)}</text>`);
    if (frame) {
      parts.push(`    <rect x="${MARGIN - PAD_X / 2}" y="${frame.y}" width="${w + PAD_X}" height="${frame.h}" rx="6" class="finally"/>`);
      parts.push(`    <text x="${MARGIN}" y="${frame.y + 14}" class="note">finally: after all tasks</text>`);
    }
    for (const e of g.edges) {
      const a = boxes.get(e.from)!;
      const b = boxes.get(e.to)!;
      const [x1, y1, x2, y2] = [a.x + a.w / 2, a.y + a.h, b.x + b.w / 2, b.y];
      const mid = (y1 + y2) / 2;
      parts.push(`    <path d="M${fmt(x1)},${fmt(y1)} C${fmt(x1)},${fmt(mid)} ${fmt(x2)},${fmt(mid)} ${fmt(x2)},${fmt(y2 - 2)}" class="edge${e.kind === 'results' ? ' results' : ''}" marker-end="url(#arrow)"/>`);
      if (e.kind === 'results') parts.push(`    <text x="${fmt((x1 + x2) / 2 + 4)}" y="${fmt(mid)}" class="note">results</text>`);
    }
    for (const box of boxes.values()) {
      const t = box.task;
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
