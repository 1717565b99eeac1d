import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { PARAM_ROLES_ANNOTATION, WORKSPACE_SECRETS_ANNOTATION } from '../facts/credentials';
import { Pipeline } from '../pipeline';
import { PipelineRun, PipelineRunProps } from '../runs';
import { Task } from '../task';
import { PAC_EVENTS, PAC_PREFIX, renderAnnotationList } from '../facts/pac';
import { escapeGlob, globSyntaxError } from '../facts/pac-glob';

/** An event a `.tekton/` PipelineRun can start on. */
export type PacEvent = typeof PAC_EVENTS[number];

/**
 * A path filter of PaC: a glob in PaC's own meaning (gobwas/glob with no separator: `*` crosses
 * `/`, so `docs/*.md` matches `docs/a/b.md` and `services/loyalty*` matches
 * `services/loyalty-v2/x`). The helpers write the glob that means what their name says.
 */
export class PacPath {
  /** Every file under `folder` and nothing beside it: `folder('services/loyalty')` is `services/loyalty/**`, which `services/loyalty-v2/x` does not match. */
  public static folder(folder: string): PacPath {
    const clean = folder.replace(/\/+$/, '');
    if (clean === '' || clean.startsWith('/')) throw new Error(`PacPath.folder: "${folder}" is not a folder of the repository; give its path from the repository root, such as "services/loyalty/"`);
    return new PacPath(`${escapeGlob(clean)}/**`);
  }

  /** One file, matched exactly (glob characters in its name are escaped). */
  public static file(path: string): PacPath {
    if (path === '' || path.startsWith('/') || path.endsWith('/')) throw new Error(`PacPath.file: "${path}" is not a file path of the repository; give it from the repository root, such as "go.mod"`);
    return new PacPath(escapeGlob(path));
  }

  /** A glob as PaC reads it (see the class comment for how it differs from a shell's). */
  public static glob(pattern: string): PacPath {
    const error = globSyntaxError(pattern);
    if (error !== undefined) throw new Error(`PacPath.glob: "${pattern}" is not a glob PaC can compile: ${error}. Fix the pattern (gobwas/glob syntax: *, ?, [abc], [a-z], [!a-z], {a,b}, \\ escapes)`);
    return new PacPath(pattern);
  }

  /** The glob as PaC reads it. */
  public readonly pattern: string;

  private constructor(pattern: string) {
    this.pattern = pattern;
  }
}

/**
 * Which events start the run: PaC's `on-*` annotations.
 * @see https://pipelinesascode.com/docs/guides/event-matching/
 */
export interface PacTriggers {
  /** on-event. Needed with targetBranches unless celExpression or comment is set. @default - none */
  readonly events?: readonly PacEvent[];
  /** on-target-branch: branch names, `refs/heads/...`, `refs/tags/...`, globs. @default - none */
  readonly targetBranches?: readonly string[];
  /** on-path-change: the run starts when any changed file matches one. Plain strings are PaC globs. @default - any change */
  readonly pathsChanged?: ReadonlyArray<PacPath | string>;
  /** on-path-change-ignore: the run is skipped when any changed file matches one (not when all do). @default - none */
  readonly pathsIgnored?: ReadonlyArray<PacPath | string>;
  /** on-cel-expression: replaces events, targetBranches, labels and the path filters, which PaC then ignores. @default - none */
  readonly celExpression?: string;
  /** on-comment: a regular expression a pull request comment must match. @default - none */
  readonly comment?: string;
  /** on-label: pull request labels. @default - none */
  readonly labels?: readonly string[];
}

/** Props of a PacPipelineRun. */
export interface PacPipelineRunProps extends Omit<PipelineRunProps, 'pipeline' | 'pipelineRef' | 'pipelineSpec'> {
  /** The pipeline, embedded as `pipelineSpec` with the Tasks it names inlined, as PaC resolves them. */
  readonly pipeline: Pipeline;
  /** The events that start the run (the `on-*` annotations). */
  readonly on: PacTriggers;
  /** max-keep-runs: PaC deletes older runs of this PipelineRun beyond this many. @default - keep all */
  readonly maxKeepRuns?: number;
  /** cancel-in-progress: a new event cancels the running ones of the same branch or pull request. @default false */
  readonly cancelInProgress?: boolean;
  /** target-namespace: run only for the Repository CR of this namespace. @default - the Repository's namespace */
  readonly targetNamespace?: string;
}

function globOf(where: string, path: PacPath | string): string {
  const pattern = typeof path === 'string' ? PacPath.glob(path).pattern : path.pattern;
  if (pattern !== pattern.trim() || pattern === '') throw new Error(`${where}: "${pattern}" starts or ends with a space, which PaC trims away; remove it`);
  return pattern;
}

/**
 * A PipelineRun of a `.tekton/` folder, started by Pipelines-as-Code when an event matches its
 * triggers. Synthesize its chart into `.tekton/` (`new App({ outdir: '.tekton' })`, or
 * `cdk8s synth -o .tekton`); `cdk8s-tekton simulate --pac .tekton --body event.json` replays an
 * event offline. PaC variables (`PacVariables.revision`, ...) go wherever a string does.
 * @see https://pipelinesascode.com/docs/guides/creating-pipelines/
 */
export class PacPipelineRun extends PipelineRun {
  private readonly pipeline: Pipeline;

  public constructor(scope: Construct, id: string, props: PacPipelineRunProps) {
    const { pipeline, on, maxKeepRuns, cancelInProgress, targetNamespace, ...run } = props;
    super(scope, id, { ...run, pipelineSpec: pipeline.definition });
    this.pipeline = pipeline;
    const where = `[${this.node.path}] PacPipelineRun`;
    const notes = triggerAnnotations(where, on);
    if (maxKeepRuns !== undefined) {
      if (!Number.isInteger(maxKeepRuns) || maxKeepRuns < 1) throw new Error(`${where}: maxKeepRuns must be a whole number of at least 1, not ${maxKeepRuns}`);
      notes['max-keep-runs'] = String(maxKeepRuns);
    }
    if (cancelInProgress !== undefined) notes['cancel-in-progress'] = String(cancelInProgress);
    if (targetNamespace !== undefined) notes['target-namespace'] = targetNamespace;
    for (const [key, value] of Object.entries(notes)) this.apiObject.metadata.addAnnotation(`${PAC_PREFIX}${key}`, value);
  }

  /** @internal */
  public renderSpec(): Record<string, unknown> {
    const spec = super.renderSpec();
    return { ...spec, pipelineSpec: inlineTasks(this.pipeline, spec.pipelineSpec as Record<string, unknown>) };
  }
}

function triggerAnnotations(where: string, on: PacTriggers): Record<string, string> {
  const notes: Record<string, string> = {};
  const list = (key: string, values: readonly string[] | undefined, what: string) => {
    if (values === undefined) return;
    if (values.length === 0) throw new Error(`${where}: ${what} is empty; PaC refuses an empty ${PAC_PREFIX}${key}. Give at least one, or leave it out`);
    notes[key] = renderAnnotationList(values);
  };
  if (on.celExpression !== undefined) {
    const ignored = (['events', 'targetBranches', 'labels', 'pathsChanged', 'pathsIgnored'] as const).filter((k) => on[k] !== undefined);
    if (ignored.length > 0) throw new Error(`${where}: celExpression makes PaC ignore ${ignored.join(', ')}; write those conditions in the CEL expression (event == "push", target_branch == "main", "services/loyalty/**".pathChanged()) or drop celExpression`);
    if (on.celExpression.trim() === '') throw new Error(`${where}: celExpression is empty; give a CEL expression or leave it out`);
    notes['on-cel-expression'] = on.celExpression;
  } else if (on.comment === undefined && (on.events === undefined || on.targetBranches === undefined)) {
    throw new Error(`${where}: PaC starts a run only when both on-event and on-target-branch match (or a CEL expression, or a comment); set both events and targetBranches, such as events: ['push'], targetBranches: ['main']`);
  }
  for (const e of on.events ?? []) {
    if (!(PAC_EVENTS as readonly string[]).includes(e)) throw new Error(`${where}: event "${e}" is not one PaC matches; use ${PAC_EVENTS.join(', ')}`);
  }
  list('on-event', on.events, 'events');
  for (const b of on.targetBranches ?? []) {
    const error = globSyntaxError(b);
    if (error !== undefined) throw new Error(`${where}: target branch "${b}" is not a glob PaC can compile: ${error}`);
  }
  list('on-target-branch', on.targetBranches, 'targetBranches');
  list('on-path-change', on.pathsChanged?.map((p) => globOf(where, p)), 'pathsChanged');
  list('on-path-change-ignore', on.pathsIgnored?.map((p) => globOf(where, p)), 'pathsIgnored');
  list('on-label', on.labels, 'labels');
  if (on.comment !== undefined) {
    try {
      new RegExp(on.comment);
    } catch (e) {
      throw new Error(`${where}: comment "${on.comment}" is not a regular expression: ${(e as Error).message}`);
    }
    notes['on-comment'] = on.comment;
  }
  return notes;
}

/**
 * The pipeline spec with each `taskRef` by plain name replaced by the spec of the Task construct
 * of that name beside the pipeline, as PaC inlines the Tasks it resolves. The Task's credential
 * annotations go along in the embedded spec's metadata, so the credential checks still see them.
 */
function inlineTasks(pipeline: Pipeline, spec: Record<string, unknown>): Record<string, unknown> {
  const tasks = new Map<string, Task>();
  for (const c of pipeline.node.root.node.findAll()) if (c instanceof Task && !tasks.has(c.resourceName)) tasks.set(c.resourceName, c);
  const inline = (t: Record<string, any>) => {
    const ref = t.taskRef;
    if (!ref || typeof ref.name !== 'string' || ref.resolver !== undefined || (ref.kind !== undefined && ref.kind !== 'Task')) return t;
    const task = tasks.get(ref.name);
    if (!task) return t;
    const manifest = ApiObject.of(task).toJson();
    const all = manifest.metadata?.annotations ?? {};
    const annotations = Object.fromEntries([PARAM_ROLES_ANNOTATION, WORKSPACE_SECRETS_ANNOTATION].filter((k) => all[k] !== undefined).map((k) => [k, all[k]]));
    const { taskRef: _ref, ...rest } = t;
    return { ...rest, taskSpec: { ...(Object.keys(annotations).length ? { metadata: { annotations } } : {}), ...manifest.spec } };
  };
  const out: Record<string, unknown> = { ...spec };
  if (Array.isArray(spec.tasks)) out.tasks = spec.tasks.map(inline);
  if (Array.isArray(spec.finally)) out.finally = spec.finally.map(inline);
  return out;
}
