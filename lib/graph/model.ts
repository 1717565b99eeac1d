// The graph of a Pipeline, from its plain spec: tasks, the edges Tekton orders them by (runAfter
// and result references), finally tasks apart, `when` and `matrix` marked. Renderers (text,
// mermaid, dot, svg) read only this model. Linear in the size of the spec.

export interface GraphTask {
  readonly name: string;
  /** What it runs: `Task "git-clone"`, `hub git-clone 0.9`, `taskSpec`, `Pipeline "x"`. */
  readonly runs: string;
  /** The guard, as `input operator values` terms joined by " and ", when it has one. */
  readonly when?: string;
  /** The params it fans out over, when it has a matrix. */
  readonly matrix?: readonly string[];
  /** Its layer: 1 for a task that waits for none, else one more than the deepest it waits for; 0 for finally. */
  readonly layer: number;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  /** `results` when `to` uses a result of `from` (with or without runAfter), else `runAfter`. */
  readonly kind: 'runAfter' | 'results';
}

export interface PipelineGraph {
  /** `Pipeline "ci"`, or `PipelineRun "ci-run"` for an embedded pipelineSpec. */
  readonly title: string;
  readonly tasks: readonly GraphTask[];
  readonly finally: readonly GraphTask[];
  readonly edges: readonly GraphEdge[];
}

const RESULT_REF = /\$\(tasks\.([a-z0-9-]+)\.results\./g;

const isObject = (v: unknown): v is Record<string, any> => v !== null && typeof v === 'object' && !Array.isArray(v);

function runsOf(t: Record<string, any>): string {
  const ref = isObject(t.taskRef) ? t.taskRef : isObject(t.pipelineRef) ? t.pipelineRef : undefined;
  const kind = isObject(t.pipelineRef) || isObject(t.pipelineSpec) ? 'Pipeline' : 'Task';
  if (ref) {
    if (typeof ref.resolver === 'string') {
      const params = Array.isArray(ref.params) ? ref.params : [];
      const param = (n: string) => params.find((p: any) => isObject(p) && p.name === n)?.value;
      const name = param('name') ?? param('pathInRepo') ?? param('url') ?? '';
      return `${ref.resolver} ${[name, param('version')].filter((x) => typeof x === 'string' && x !== '').join(' ')}`.trim();
    }
    if (typeof ref.name === 'string') return `${ref.kind && ref.kind !== 'Task' ? ref.kind : kind} "${ref.name}"`;
  }
  if (isObject(t.pipelineSpec)) return 'pipelineSpec';
  const steps = isObject(t.taskSpec) && Array.isArray(t.taskSpec.steps) ? t.taskSpec.steps.map((st: any) => (isObject(st) ? st.name : undefined)).filter((n: unknown): n is string => typeof n === 'string') : [];
  return steps.length ? `taskSpec (steps: ${steps.join(', ')})` : 'taskSpec';
}

function whenOf(t: Record<string, any>): string | undefined {
  if (!Array.isArray(t.when) || t.when.length === 0) return undefined;
  return t.when.map((w: any) => {
    if (!isObject(w)) return '?';
    if (typeof w.cel === 'string') return w.cel;
    const values = Array.isArray(w.values) ? w.values.join(', ') : '';
    return `${String(w.input ?? '')} ${String(w.operator ?? '')} (${values})`;
  }).join(' and ');
}

function matrixOf(t: Record<string, any>): string[] | undefined {
  if (!isObject(t.matrix)) return undefined;
  const names = (Array.isArray(t.matrix.params) ? t.matrix.params : []).map((p: any) => (isObject(p) ? String(p.name) : '?'));
  if (Array.isArray(t.matrix.include) && t.matrix.include.length > 0) names.push(`${t.matrix.include.length} include`);
  return names;
}

/** The graph of one pipeline spec; `title` names it in every rendering. */
export function graphOf(title: string, spec: unknown): PipelineGraph {
  const s = isObject(spec) ? spec : {};
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((t): t is Record<string, any> => isObject(t) && typeof t.name === 'string') : []);
  const tasks = list(s.tasks);
  const names = new Set(tasks.map((t) => t.name));
  const edges: GraphEdge[] = [];
  const after = new Map<string, string[]>();
  for (const t of tasks) {
    const deps = new Map<string, GraphEdge['kind']>();
    for (const r of Array.isArray(t.runAfter) ? t.runAfter : []) if (typeof r === 'string' && names.has(r)) deps.set(r, 'runAfter');
    const { name: _name, runAfter: _after, taskSpec: _spec, pipelineSpec: _pspec, ...uses } = t;
    for (const m of JSON.stringify(uses).matchAll(RESULT_REF)) if (names.has(m[1]) && m[1] !== t.name) deps.set(m[1], 'results');
    const from = [...deps.keys()].sort();
    after.set(t.name, from);
    for (const f of from) edges.push({ from: f, to: t.name, kind: deps.get(f)! });
  }
  // Longest-path layers; a cycle (which the validator reports) is cut where it closes.
  const layer = new Map<string, number>();
  const visiting = new Set<string>();
  const layerOf = (name: string): number => {
    const known = layer.get(name);
    if (known !== undefined) return known;
    if (visiting.has(name)) return 0;
    visiting.add(name);
    const value = 1 + Math.max(0, ...(after.get(name) ?? []).map(layerOf));
    visiting.delete(name);
    layer.set(name, value);
    return value;
  };
  const node = (t: Record<string, any>, l: number): GraphTask => {
    const when = whenOf(t);
    const matrix = matrixOf(t);
    return { name: t.name, runs: runsOf(t), layer: l, ...(when ? { when } : {}), ...(matrix ? { matrix } : {}) };
  };
  return { title, tasks: tasks.map((t) => node(t, layerOf(t.name))), finally: list(s.finally).map((t) => node(t, 0)), edges };
}

/** The graphs among plain manifests: every Pipeline, and the embedded pipelineSpec of every PipelineRun. */
export function graphsOf(manifests: readonly unknown[]): PipelineGraph[] {
  const out: PipelineGraph[] = [];
  for (const m of manifests) {
    if (!isObject(m) || typeof m.apiVersion !== 'string' || !m.apiVersion.startsWith('tekton.dev/')) continue;
    const meta = isObject(m.metadata) ? m.metadata : {};
    const name = typeof meta.name === 'string' && meta.name !== '' ? `"${meta.name}"` : `(generateName "${String(meta.generateName ?? '')}")`;
    if (m.kind === 'Pipeline') out.push(graphOf(`Pipeline ${name}`, m.spec));
    else if (m.kind === 'PipelineRun' && isObject(m.spec) && isObject(m.spec.pipelineSpec)) out.push(graphOf(`PipelineRun ${name}`, m.spec.pipelineSpec));
  }
  return out;
}
