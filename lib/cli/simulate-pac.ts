// `cdk8s-tekton simulate --pac`: replays one GitHub event through the PipelineRuns of a `.tekton/`
// folder as Pipelines-as-Code would match them, offline, and validates the runs PaC would create.
import { readFileSync } from 'node:fs';
import { toYaml } from '../yaml';
import { makeEvent, type WebhookEvent } from '../simulate/event';
import { matchPacRuns, type PacOutcome } from '../simulate/pac';
import { parseChangedFiles, pacEventOf, type ChangedFiles, type PacEventInfo } from '../simulate/pac-event';
import { formatProblem, isWarning, validateManifests } from '../validate';
import type { ManifestInput, Problem, ValidationOptions } from '../validate/types';
import { FlagSpec, formatFlag, headerFlags, lastValue, parseCommandLine, REF_FLAGS, refFlags, UsageError } from './args';
import { inputProblemsText, problemJson, shown, usageError } from './output';
import { startCommand, read } from './validate-read';

const HELP = `usage: cdk8s-tekton simulate --pac <files|dirs...> --body event.json --header 'X-GitHub-Event: push' [options]

Replays one GitHub webhook event through the PipelineRuns of a .tekton/ folder (or any files) as
Pipelines-as-Code matches them, without a cluster: [skip ci] in the head commit, on-comment,
on-cel-expression (with pathChanged() and files.*), on-event, on-target-branch, on-path-change,
on-label and on-path-change-ignore, with PaC's glob meaning. Prints for each PipelineRun whether
it would start and, if not, which annotation or CEL term stopped it; then the run PaC would
create with its {{ variables }} replaced, validated together with the other documents.

options:
  --body FILE                        the event body (JSON) as GitHub sends it (push or pull_request)
  --header 'Name: value'             a request header (repeatable); X-GitHub-Event is required
  --changed-files FILE               the files the event changes, one path a line (or git diff
                                     --name-status lines): PaC asks GitHub's API for them. Without
                                     it a push's files come from its head commit in the body
  --format text|json                 output format (default: text)
  --api-fields stable|beta|alpha     the cluster's enable-api-fields, for validation (default: beta)
  --external NAME                    a Task/Pipeline that exists in the cluster (repeatable)
  --allow-external-refs              do not report refs to names missing from the files given
  -h, --help                         this text

{{ git_auth_secret }} becomes pac-gitauth- and six letters derived from the event, so a replay
prints the same output every time; {{ target_namespace }} (the Repository CR's namespace) and a
push's {{ pull_request_number }} need the cluster or GitHub's API and stay as written.

exit codes: 0 it ran (whether or not a PipelineRun would start), 1 a rendered run is invalid,
2 usage error, a body that is not JSON, or a file that is not YAML
`;

const FLAGS: Record<string, FlagSpec> = {
  '--body': { value: true },
  '--header': { value: true, repeatable: true },
  '--changed-files': { value: true },
  '--format': { value: true },
  ...REF_FLAGS,
};

interface Args {
  readonly paths: string[];
  readonly body: string;
  readonly headers: Array<[string, string]>;
  readonly changedFiles?: string;
  readonly json: boolean;
  readonly options: ValidationOptions;
}

function parseArgs(argv: readonly string[]): Args | 'help' {
  const line = parseCommandLine(argv, FLAGS);
  if (line === 'help') return 'help';
  const headers = headerFlags(line);
  const options = refFlags(line);
  const json = formatFlag(line) === 'json';
  if (line.positionals.length === 0) throw new UsageError('no files or directories given (the .tekton/ folder, or its files)');
  const body = lastValue(line, '--body');
  if (body === undefined) throw new UsageError('--body is required: the file holding the event body (JSON)');
  return { paths: [...line.positionals], body, headers, changedFiles: lastValue(line, '--changed-files'), json, options };
}

interface Run extends PacOutcome {
  readonly file: string;
  readonly problems: Problem[];
}

function textReport(ev: PacEventInfo | { ignored: string }, event: WebhookEvent, runs: readonly Run[], ownProblems: number): string {
  const lines: string[] = [];
  if ('ignored' in ev) lines.push(`event: body sha256 ${event.bodySha256.slice(0, 12)}`, `PaC does not run on this event: ${ev.ignored}`);
  else {
    lines.push(`event: ${ev.eventType} (X-GitHub-Event), target ${ev.baseBranch}, source ${ev.headBranch}, head ${ev.sha.slice(0, 12)}, body sha256 ${event.bodySha256.slice(0, 12)}`);
    lines.push(`changed files (${ev.files.all.length}) from ${ev.filesFrom}${ev.files.all.length ? ':' : ''}`);
    lines.push(...ev.files.all.map((f) => `  ${f}`));
    if (ev.triggerTarget === 'pull_request') lines.push('[skip ci] not checked: PaC reads the head commit message of a pull request from the GitHub API, not from the body');
  }
  lines.push('');
  for (const r of runs) {
    lines.push(`PipelineRun "${r.name}" (${r.file}): ${r.matched ? 'starts' : 'does not start'}`);
    lines.push(`  ${r.matched ? 'matched' : 'stopped'}: ${r.reason}`);
    if (r.resource) {
      lines.push('  creates:');
      lines.push(...toYaml(r.resource).trimEnd().split('\n').map((l) => `    ${l}`));
      for (const p of r.problems) lines.push(`  ${isWarning(p) ? '' : 'invalid: '}${formatProblem(p)}`);
    }
    lines.push('');
  }
  const started = runs.filter((r) => r.matched).length;
  const invalid = runs.filter((r) => r.problems.some((p) => !isWarning(p))).length;
  lines.push(`${started} of ${runs.length} PipelineRun${runs.length === 1 ? '' : 's'} would start${started === 0 ? '' : invalid === 0 ? ', valid' : `, ${invalid} invalid`}`);
  if (ownProblems > 0) lines.push(`note: the files given have ${ownProblems} problem${ownProblems === 1 ? '' : 's'} of their own; cdk8s-tekton validate lists them`);
  return `${lines.join('\n')}\n`;
}

export async function main(argv: readonly string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const started = startCommand('simulate --pac', HELP, argv, parseArgs, out, err);
  if (typeof started === 'number') return started;
  const { args, collected } = started;
  let event: WebhookEvent;
  try {
    event = makeEvent(readFileSync(args.body), args.headers, 'http://localhost:8080/');
  } catch (e) {
    const what = e instanceof SyntaxError ? `is not JSON (${e.message}); the body must be the webhook's JSON payload` : `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
    err(`cdk8s-tekton simulate --pac: --body ${args.body} ${what}\n`);
    return 2;
  }
  let changed: ChangedFiles | undefined;
  if (args.changedFiles !== undefined) {
    try {
      changed = parseChangedFiles(readFileSync(args.changedFiles, 'utf8'));
    } catch (e) {
      err(`cdk8s-tekton simulate --pac: --changed-files ${args.changedFiles} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      return 2;
    }
  }
  const { docs, problems: unread } = read(collected.files);
  const errors = [...collected.problems, ...unread];
  if (errors.length) {
    err(inputProblemsText(errors));
    return 2;
  }
  const isRun = (m: any) => m?.kind === 'PipelineRun' && typeof m.apiVersion === 'string' && m.apiVersion.startsWith('tekton.dev/');
  const runDocs = docs.filter((d) => isRun(d.manifest));
  if (runDocs.length === 0) return usageError('simulate --pac', HELP, `no PipelineRun among the ${collected.files.length} files given (${collected.files.map(shown).join(', ')})`, err);
  const ev = pacEventOf(event, changed);
  const outcomes: PacOutcome[] = 'ignored' in ev
    ? runDocs.map((d) => ({ name: String(d.manifest.metadata?.generateName || d.manifest.metadata?.name || ''), matched: false, reason: `PaC does not run on this event: ${ev.ignored}` }))
    : matchPacRuns(runDocs.map((d) => d.manifest), ev, event);
  // The rendered runs are validated with the other documents but without the runs they come from,
  // whose names they share.
  const others: ManifestInput[] = docs.filter((d) => !isRun(d.manifest));
  const rendered = outcomes.map((o, i) => ({ o, i })).filter(({ o }) => o.resource);
  const problems = validateManifests([...others, ...rendered.map(({ o, i }) => ({ manifest: o.resource, source: `${shown(runDocs[i].file)} as PaC creates it` }))], args.options);
  const byRun = new Map<number, Problem[]>();
  for (const p of problems) {
    if (p.input < others.length) continue;
    const i = rendered[p.input - others.length].i;
    byRun.set(i, [...(byRun.get(i) ?? []), p]);
  }
  const ownProblems = validateManifests(docs, args.options).filter((p) => !isWarning(p)).length;
  const runs: Run[] = outcomes.map((o, i) => ({ ...o, file: shown(runDocs[i].file), problems: byRun.get(i) ?? [] }));
  if (args.json) {
    const pipelineRuns = runs.map((r) => ({ file: r.file, name: r.name, matched: r.matched, reason: r.reason, resource: r.resource ?? null }));
    const listed = runs.flatMap((r) => r.problems.map((p) => ({ file: r.file, name: r.name, ...problemJson(p) })));
    out(`${JSON.stringify({ pipelineRuns, problems: listed }, null, 2)}\n`);
  } else out(textReport(ev, event, runs, ownProblems));
  return runs.some((r) => r.problems.some((p) => !isWarning(p))) ? 1 : 0;
}
