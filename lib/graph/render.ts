// Text, mermaid and dot renderings of pipeline graphs. Each names every task once, shows the edges
// Tekton orders them by (labelled `results` when a result reference makes the edge) and puts
// finally tasks apart; `when` and `matrix` are written next to the task they guard or fan out.
import type { GraphTask, PipelineGraph } from './model';

/** The lines that describe a task beyond its name, shared by every format. */
export function taskNotes(t: GraphTask): string[] {
  const notes = [t.runs];
  if (t.matrix) notes.push(`matrix: ${t.matrix.join(', ')}`);
  if (t.when) notes.push(`when: ${t.when}`);
  return notes;
}

/** Terminal output: one line a task, in layer order, with what it waits for. */
export function toText(graphs: readonly PipelineGraph[]): string {
  const blocks = graphs.map((g) => {
    const width = Math.max(0, ...[...g.tasks, ...g.finally].map((t) => t.name.length));
    const waits = new Map<string, string[]>();
    for (const e of g.edges) waits.set(e.to, [...(waits.get(e.to) ?? []), e.kind === 'results' ? `${e.from} (results)` : e.from]);
    const ordered = g.tasks.map((t, i) => ({ t, i })).sort((a, b) => a.t.layer - b.t.layer || a.i - b.i).map(({ t }) => t);
    const line = (prefix: string, t: GraphTask, after?: string[]) => [`${prefix}${t.name.padEnd(width)}  ${t.runs}`, after && after.length ? `  after ${after.join(', ')}` : '', t.matrix ? `  [matrix: ${t.matrix.join(', ')}]` : '', t.when ? `  [when: ${t.when}]` : ''].join('');
    const lines = [`${g.title}: ${g.tasks.length} task${g.tasks.length === 1 ? '' : 's'}${g.finally.length ? `, ${g.finally.length} finally` : ''}`];
    lines.push(...ordered.map((t) => line(`  ${String(t.layer).padStart(2)}  `, t, waits.get(t.name))));
    if (g.finally.length) {
      lines.push('  finally, after all tasks:');
      lines.push(...g.finally.map((t) => line('      ', t)));
    }
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

function mermaidText(text: string): string {
  return text.replace(/&/g, '#amp;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

/** A mermaid flowchart (GitHub renders it in a ```mermaid block): one subgraph per pipeline, finally inside it. */
export function toMermaid(graphs: readonly PipelineGraph[]): string {
  const lines = ['flowchart TD'];
  const edges: string[] = [];
  graphs.forEach((g, gi) => {
    const id = new Map<string, string>();
    [...g.tasks, ...g.finally].forEach((t, i) => id.set(t.name, `p${gi}t${i}`));
    const node = (t: GraphTask, indent: string) => `${indent}${id.get(t.name)}["${[t.name, ...taskNotes(t)].map(mermaidText).join('<br/>')}"]`;
    lines.push(`  subgraph p${gi}["${mermaidText(g.title)}"]`);
    lines.push(...g.tasks.map((t) => node(t, '    ')));
    if (g.finally.length) {
      lines.push(`    subgraph p${gi}finally["finally"]`);
      lines.push(...g.finally.map((t) => node(t, '      ')));
      lines.push('    end');
    }
    lines.push('  end');
    edges.push(...g.edges.map((e) => `  ${id.get(e.from)} ${e.kind === 'results' ? '-->|results|' : '-->'} ${id.get(e.to)}`));
  });
  return `${[...lines, ...edges].join('\n')}\n`;
}

function dotText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** Graphviz dot: one cluster per pipeline, finally in a dashed cluster inside it. */
export function toDot(graphs: readonly PipelineGraph[]): string {
  const lines = ['digraph pipelines {', '  rankdir=TB;', '  node [shape=box, style=rounded, fontname="Helvetica"];', '  edge [fontname="Helvetica", fontsize=10];'];
  graphs.forEach((g, gi) => {
    const id = new Map<string, string>();
    [...g.tasks, ...g.finally].forEach((t, i) => id.set(t.name, `p${gi}t${i}`));
    const node = (t: GraphTask, indent: string) => `${indent}${id.get(t.name)} [label="${dotText([t.name, ...taskNotes(t)].join('\n'))}"${t.matrix ? ', peripheries=2' : ''}${t.when ? ', style="rounded,dashed"' : ''}];`;
    lines.push(`  subgraph cluster_p${gi} {`, `    label="${dotText(g.title)}";`);
    lines.push(...g.tasks.map((t) => node(t, '    ')));
    if (g.finally.length) {
      lines.push(`    subgraph cluster_p${gi}finally {`, '      label="finally";', '      style=dashed;');
      lines.push(...g.finally.map((t) => node(t, '      ')));
      lines.push('    }');
    }
    lines.push('  }');
    lines.push(...g.edges.map((e) => `  ${id.get(e.from)} -> ${id.get(e.to)}${e.kind === 'results' ? ' [label="results"]' : ''};`));
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
