// Offline replay of Pipelines-as-Code's annotation matcher for one event: for each PipelineRun, whether PaC would start it and, if not, which annotation or CEL
// term stopped it; and the run PaC would create, with its {{ variables }} replaced.
import { createHash } from 'node:crypto';
import type { Environment } from '@marcbachmann/cel-js';
import { isObject } from '../facts/object';
import { annotationValues, CEL_VARIABLE_PREFIXES, PAC_PREFIX, pacAnnotations, PLACEHOLDER } from '../facts/pac';
import { Glob, GlobSyntaxError } from '../facts/pac-glob';
import type { WebhookEvent } from './event';
import { pacCelEnvironment, type PacCelContext } from '../facts/pac-cel';
import { celMessage, conjunctsOf } from './pac-cel';
import type { PacEventInfo } from './pac-event';
import { toJson } from './cel-env';

export interface PacOutcome {
  readonly name: string;
  readonly matched: boolean;
  /** Why it matched (the annotations or CEL that held), or which one stopped it. */
  readonly reason: string;
  /** The PipelineRun PaC would create, variables replaced; only when matched. */
  readonly resource?: Record<string, any>;
}

/** PaC's skip commands, case-sensitive, anywhere in the commit message (provider.SkipCI). */
const SKIP_CI = /\[(skip ci|ci skip|skip tkn|tkn skip)\]/;

/** PaC's branchMatch: both sides made full refs unless they already are, then a glob match. */
export function branchMatch(pattern: string, base: string): boolean {
  const isRef = (s: string) => s.startsWith('refs/heads/') || s.startsWith('refs/tags/');
  const full = (s: string) => (isRef(s) ? s : `refs/heads/${s}`);
  if (pattern.startsWith('refs/heads/')) return Glob.compile(pattern).matches(full(base));
  if (!isRef(pattern)) return Glob.compile(`refs/heads/${pattern}`).matches(full(base));
  return Glob.compile(pattern).matches(base);
}

/** PaC's matchOnAnnotation: any value equal to, or (for branches and paths) glob-matching, any target. */
function matchOn(value: string, targets: readonly string[], globs: boolean): { hit?: [string, string]; error?: string } {
  const parsed = annotationValues(value);
  if ('error' in parsed) return { error: parsed.error };
  for (const v of parsed.values) {
    for (const t of targets) {
      try {
        if (v === t || (globs && branchMatch(v, t))) return { hit: [v, t] };
      } catch (e) {
        if (e instanceof GlobSyntaxError) return { error: `"${v}" is not a glob PaC can compile (${e.message}); PaC's glob.MustCompile panics on it` };
        throw e;
      }
    }
  }
  return {};
}

function nameOf(manifest: Record<string, any>): string {
  const meta = isObject(manifest.metadata) ? manifest.metadata : {};
  return typeof meta.generateName === 'string' && meta.generateName !== '' ? meta.generateName : typeof meta.name === 'string' ? meta.name : '';
}

function celContext(ev: PacEventInfo, event: WebhookEvent, expression: string, pac: Record<string, string>): PacCelContext {
  // On a push PaC strips refs/heads/ from the branches unless the expression itself spells refs/heads/.
  const strip = (b: string) => (ev.triggerTarget === 'push' && !expression.includes('refs/heads/') ? b.replace(/^refs\/heads\//, '') : b);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(event.header)) headers[k.toLowerCase()] = v[0];
  return {
    event: ev.triggerTarget, event_type: ev.eventType, event_title: ev.title,
    target_branch: strip(ev.baseBranch), source_branch: strip(ev.headBranch), target_url: ev.url, source_url: ev.headUrl,
    body: event.body, headers, files: ev.files, pac,
  };
}

function evaluateCel(env: Environment, expression: string, ctx: PacCelContext): { matched: boolean; reason: string } {
  let out: unknown;
  try {
    out = env.evaluate(expression, ctx as unknown as Record<string, unknown>);
  } catch (e) {
    return { matched: false, reason: `on-cel-expression fails: ${celMessage(e)}; PaC logs the error and skips the run` };
  }
  if (out === true) return { matched: true, reason: 'on-cel-expression is true' };
  const parts = conjunctsOf(expression);
  if (parts.length > 1) {
    for (const part of parts) {
      try {
        if (env.evaluate(part, ctx as unknown as Record<string, unknown>) !== true) return { matched: false, reason: `on-cel-expression is false; the term that is false: ${part}` };
      } catch (e) {
        return { matched: false, reason: `on-cel-expression is false; the term that fails: ${part} (${celMessage(e)})` };
      }
    }
  }
  return { matched: false, reason: `on-cel-expression is ${typeof out === 'boolean' ? 'false' : `not true but ${JSON.stringify(toJson(out))}`}` };
}

/** The annotation matching for one PipelineRun, in PaC's order. */
function matchRun(notes: Map<string, unknown>, ev: PacEventInfo, event: WebhookEvent, env: Environment, pac: Record<string, string>): { matched: boolean; reason: string } {
  const text = (key: string) => (typeof notes.get(key) === 'string' ? (notes.get(key) as string) : undefined);
  const comment = text('on-comment');
  if (comment !== undefined) {
    let re: RegExp | undefined;
    try {
      re = new RegExp(comment);
    } catch {
      return { matched: false, reason: `on-comment "${comment}" is not a regular expression; PaC skips the run` };
    }
    // A webhook push or pull request carries no comment: PaC matches the regexp against "".
    if (re.test('')) return { matched: true, reason: `on-comment "${comment}" matches the empty comment of a ${ev.triggerTarget} event` };
  }
  const cel = text('on-cel-expression');
  if (cel !== undefined) return evaluateCel(env, cel, celContext(ev, event, cel, pac));
  const onLabel = text('on-label');
  if (ev.eventType === 'pull_request_labeled' && onLabel === undefined) return { matched: false, reason: 'a labeled event starts only runs with on-label' };
  const held: string[] = [];
  const onEvent = text('on-event');
  const onBranch = text('on-target-branch');
  if (onEvent === undefined || onBranch === undefined) {
    return { matched: false, reason: `it has no ${onEvent === undefined ? 'on-event' : 'on-target-branch'} annotation; PaC matches only runs with both on-event and on-target-branch (or on-cel-expression, or on-comment)` };
  }
  for (const [key, value, targets, globs, what] of [
    ['on-event', onEvent, [ev.triggerTarget], false, `the event is ${ev.triggerTarget}`],
    ['on-target-branch', onBranch, [ev.baseBranch], true, `the event targets ${ev.baseBranch}`],
  ] as const) {
    if (value.trim() === '[]') return { matched: false, reason: `${key} is empty ("[]"); PaC stops matching with an error` };
    const m = matchOn(value, targets, globs);
    if (m.error) return { matched: false, reason: `${key} "${value}": ${m.error}; PaC stops matching with an error` };
    if (!m.hit) return { matched: false, reason: `${key} ${value} does not match: ${what}` };
    held.push(`${key} ${value}`);
  }
  const files = ev.files.all;
  const paths = text('on-path-change');
  if (paths !== undefined) {
    const m = matchOn(paths, files, true);
    if (m.error) return { matched: false, reason: `on-path-change "${paths}": ${m.error}` };
    if (!m.hit) return { matched: false, reason: `on-path-change ${paths} matches none of the ${files.length} changed file${files.length === 1 ? '' : 's'}${files.length ? ` (${files.slice(0, 5).join(', ')}${files.length > 5 ? ', ...' : ''})` : ''}` };
    held.push(`on-path-change ${m.hit[0]} matches ${m.hit[1]}`);
  }
  if (onLabel !== undefined) {
    const m = matchOn(onLabel, ev.labels, false);
    if (m.error) return { matched: false, reason: `on-label "${onLabel}": ${m.error}` };
    if (!m.hit) return { matched: false, reason: `on-label ${onLabel} matches none of the pull request's labels (${ev.labels.join(', ') || 'none'})` };
    held.push(`on-label ${m.hit[0]}`);
  }
  const ignore = text('on-path-change-ignore');
  if (ignore !== undefined) {
    const m = matchOn(ignore, files, true);
    if (m.error) return { matched: false, reason: `on-path-change-ignore "${ignore}": ${m.error}` };
    if (m.hit) return { matched: false, reason: `on-path-change-ignore ${m.hit[0]} matches the changed file ${m.hit[1]} (one matching file is enough to skip the run)` };
    held.push(`on-path-change-ignore ${ignore} matches no changed file`);
  }
  return { matched: true, reason: held.join('; ') };
}

/** The standard variables of the event (PaC's makeStandardParamsFromEvent and makeTemplate). */
export function pacVariables(ev: PacEventInfo, event: WebhookEvent, runName: string): Record<string, string> {
  const sanitize = (b: string) => b.replace(/^refs\/heads\//, '');
  const hash = createHash('sha256').update(`${event.bodySha256}\n${runName}`).digest();
  // PaC draws 6 random lowercase letters; the replay derives them from the event, to print the same output each time.
  const suffix = [...hash.subarray(0, 6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
  const vars: Record<string, string> = {
    revision: ev.sha, repo_url: ev.url, repo_owner: ev.owner.toLowerCase(), repo_name: ev.repository.toLowerCase(),
    target_branch: sanitize(ev.baseBranch), source_branch: sanitize(ev.headBranch),
    git_tag: ev.baseBranch.startsWith('refs/tags/') ? ev.baseBranch.slice('refs/tags/'.length) : '',
    source_url: ev.headUrl, sender: ev.sender.toLowerCase(), event: ev.triggerTarget, event_type: ev.eventType,
    trigger_comment: '', pull_request_labels: ev.labels.join('\\n'), git_auth_secret: `pac-gitauth-${suffix}`,
  };
  if (ev.pullRequestNumber !== undefined) vars.pull_request_number = String(ev.pullRequestNumber);
  return vars;
}

/** Replaces PaC placeholders in every string (keys included); unknown ones stay as written, as PaC leaves them. */
export function renderPacRun(manifest: unknown, vars: Record<string, string>, cel: { env: Environment; ctx: PacCelContext }): unknown {
  const replace = (s: string) => s.replace(PLACEHOLDER, (whole, inner: string) => {
    const key = inner.trim();
    if (Object.prototype.hasOwnProperty.call(vars, key)) return vars[key];
    const isCel = key.startsWith('cel:');
    if (!CEL_VARIABLE_PREFIXES.some((p) => key.startsWith(p))) return whole;
    try {
      const value = cel.env.evaluate(isCel ? key.slice(4).trim() : key, cel.ctx as unknown as Record<string, unknown>);
      return typeof value === 'string' ? value : JSON.stringify(toJson(value));
    } catch {
      return isCel ? '' : whole;
    }
  });
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return replace(v);
    if (Array.isArray(v)) return v.map(walk);
    if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [replace(k), walk(x)]));
    return v;
  };
  return walk(manifest);
}

/** Replays `ev` against the PipelineRuns among `manifests` (others are skipped). */
export function matchPacRuns(manifests: ReadonlyArray<Record<string, any>>, ev: PacEventInfo, event: WebhookEvent): PacOutcome[] {
  const runs = manifests.filter((m) => isObject(m) && m.kind === 'PipelineRun' && typeof m.apiVersion === 'string' && m.apiVersion.startsWith('tekton.dev/'));
  const names = new Map<string, number>();
  for (const m of runs) names.set(nameOf(m), (names.get(nameOf(m)) ?? 0) + 1);
  const env = pacCelEnvironment(ev.files.all);
  const skip = ev.commitMessage !== undefined ? SKIP_CI.exec(ev.commitMessage) : null;
  return runs.map((manifest) => {
    const name = nameOf(manifest);
    if (skip) return { name, matched: false, reason: `the head commit's message holds ${skip[0]}, so PaC runs nothing for this push (a neutral check is posted)` };
    if ((names.get(name) ?? 0) > 1) return { name, matched: false, reason: `${names.get(name)} PipelineRuns are named "${name}"; PaC never matches a PipelineRun whose name is not unique in .tekton/` };
    const notes = pacAnnotations(manifest) ?? new Map<string, unknown>();
    if (![...notes.keys()].some((k) => k.startsWith('on-'))) return { name, matched: false, reason: `it has no ${PAC_PREFIX}on-* annotation, so PaC never starts it` };
    const vars = pacVariables(ev, event, name);
    const result = matchRun(notes, ev, event, env, vars);
    if (!result.matched) return { name, ...result };
    const resource = renderPacRun(manifest, vars, { env, ctx: celContext(ev, event, '', vars) }) as Record<string, any>;
    return { name, ...result, resource };
  });
}
