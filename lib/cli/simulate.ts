// `cdk8s-tekton simulate`: replays one webhook event through the EventListeners among YAML files,
// offline, and validates what the triggers that fire would create.
import { readFileSync } from 'node:fs';
import { headerValue, makeEvent, type WebhookEvent } from '../simulate/event';
import { BudgetExceeded } from '../simulate/budget';
import { simulateEvent, type TriggerOutcome } from '../simulate/engine';
import { formatProblem, isWarning, validateManifests } from '../validate';
import type { ManifestInput, Problem, ValidationOptions } from '../validate/types';
import { toYaml } from '../yaml';
import { FlagSpec, formatFlag, headerFlags, lastValue, parseCommandLine, REF_FLAGS, refFlags, UsageError } from './args';
import { main as simulatePac } from './simulate-pac';
import { inputProblemsText, printable, problemJson, shown, usageError } from './output';
import { startCommand, read } from './validate-read';

const HELP = `usage: cdk8s-tekton simulate <files|dirs...> --body event.json --header 'X-GitHub-Event: push' [options]

Replays one webhook event through every EventListener among the YAML files, as Tekton Triggers
would, without a cluster: each trigger's interceptors (github, gitlab, bitbucket, cel), then its
bindings and its template. Prints for each trigger whether it fired and, if not, which interceptor
stopped it and why; then the resources it would create, fully rendered, validated together with
the other documents of the files.

options:
  --body FILE                        the event body (JSON), byte for byte as the provider sends it
  --header 'Name: value'             a request header (repeatable): X-GitHub-Event, X-Gitlab-Event,
                                     X-Event-Key, X-Hub-Signature-256, X-Gitlab-Token, ...
  --secret NAME/KEY=VALUE            the value of key KEY of Secret NAME (repeatable): the github and
                                     bitbucket signature checks, gitlab's token check and CEL
                                     compareSecret() run only with it; without it they are skipped
  --format text|json                 output format (default: text)
  --request-url URL                  requestURL seen by CEL (default: http://localhost:8080/)
  --api-fields stable|beta|alpha     the cluster's enable-api-fields, for validation (default: beta)
  --external NAME                    a Task/Pipeline that exists in the cluster (repeatable)
  --allow-external-refs              do not report refs to names missing from the files given
  --pac                              replay the event through Pipelines-as-Code's .tekton/ matching
                                     instead (cdk8s-tekton simulate --pac --help)
  -h, --help                         this text

$(context.eventID) and $(uid), which Triggers draws at random, are derived from a sha256 of the
event (and, for $(uid), the trigger), so a replay prints the same output every time.

A replay is bounded: CEL's matches() runs on RE2 (linear time, as in Triggers), parseYAML() has
the validator's size, depth and alias limits, and the whole replay stops with a message after
10 s or 512 MiB of heap.

exit codes: 0 it ran (whether or not a trigger fired), 1 a rendered resource is invalid,
2 usage error, a body that is not JSON, or a file that is not YAML, 3 the replay ran out of its
time or memory budget
`;

interface Args {
  readonly paths: string[];
  readonly body: string;
  readonly headers: Array<[string, string]>;
  readonly secrets: Map<string, string>;
  readonly json: boolean;
  readonly requestURL: string;
  readonly options: ValidationOptions;
}

const FLAGS: Record<string, FlagSpec> = {
  '--body': { value: true },
  '--header': { value: true, repeatable: true },
  '--secret': { value: true, repeatable: true },
  '--format': { value: true },
  '--request-url': { value: true },
  ...REF_FLAGS,
};

function parseArgs(argv: readonly string[]): Args | 'help' {
  const line = parseCommandLine(argv, FLAGS);
  if (line === 'help') return 'help';
  const headers = headerFlags(line);
  const secrets = new Map<string, string>();
  for (const s of line.flags.get('--secret') ?? []) {
    const m = /^([^/=]+)\/([^=]+)=(.*)$/s.exec(s);
    if (!m) throw new UsageError(`--secret takes NAME/KEY=VALUE (the Secret's name, the key in it, the value), not "${s.replace(/=.*/s, '=...')}"`);
    secrets.set(`${m[1]}/${m[2]}`, m[3]);
  }
  const json = formatFlag(line) === 'json';
  const options = refFlags(line);
  if (line.positionals.length === 0) throw new UsageError('no files or directories given');
  const body = lastValue(line, '--body');
  if (body === undefined) throw new UsageError('--body is required: the file holding the event body (JSON)');
  return { paths: [...line.positionals], body, headers, secrets, json, requestURL: lastValue(line, '--request-url') ?? 'http://localhost:8080/', options };
}

function describeResource(r: Record<string, any>): string {
  const meta = r.metadata ?? {};
  return typeof meta.name === 'string' ? `${r.kind} "${meta.name}"` : `${r.kind} (generateName "${meta.generateName ?? ''}")`;
}

function eventLine(event: WebhookEvent): string {
  const type = ['X-GitHub-Event', 'X-Gitlab-Event', 'X-Event-Key'].find((h) => headerValue(event, h) !== '');
  const what = type ? `${headerValue(event, type)} (${type})` : 'no event type header';
  return `event: ${what}, body sha256 ${event.bodySha256.slice(0, 12)}, eventID ${event.eventID}`;
}

function textReport(event: WebhookEvent, outcomes: readonly TriggerOutcome[], problems: ReadonlyMap<Record<string, any>, Problem[]>, ownProblems: number): string {
  const lines = [eventLine(event), ''];
  for (const o of outcomes) {
    lines.push(`EventListener "${o.eventListener}" trigger "${o.trigger}": ${o.fired ? 'fired' : 'not fired'}`);
    lines.push(...o.steps.map((s) => `  ${s}`));
    if (!o.fired) lines.push(`  not fired: ${o.reason}`);
    o.resources.forEach((r, i) => {
      lines.push(`  creates ${describeResource(r)}:`);
      lines.push(...toYaml(r).trimEnd().split('\n').map((l) => `    ${l}`));
      const found = problems.get(r) ?? [];
      for (const p of found) lines.push(`  ${isWarning(p) ? '' : 'invalid: '}${formatProblem(p)}`);
      if (found.length) lines.push(`  (the resource comes from ${o.origins[i]}: fix it there)`);
    });
    lines.push('');
  }
  const fired = outcomes.filter((o) => o.fired).length;
  const resources = outcomes.flatMap((o) => o.resources);
  const invalid = resources.filter((r) => (problems.get(r) ?? []).some((p) => !isWarning(p))).length;
  const rendered = `${resources.length} resource${resources.length === 1 ? '' : 's'} rendered`;
  lines.push(`${fired} of ${outcomes.length} trigger${outcomes.length === 1 ? '' : 's'} fired; ${resources.length === 0 ? rendered : invalid === 0 ? `${rendered}, valid` : `${rendered}, ${invalid} invalid`}`);
  if (ownProblems > 0) lines.push(`note: the files given have ${ownProblems} problem${ownProblems === 1 ? '' : 's'} of their own; cdk8s-tekton validate lists them`);
  return `${lines.join('\n')}\n`;
}

const FORM_ENCODED = 'is form-encoded (payload=...), not JSON: GitHub sends that when the webhook\'s "Content type" is application/x-www-form-urlencoded, its default, and Tekton Triggers reads the body as JSON, so no trigger would fire on it. Fix: in the repository\'s Settings > Webhooks, set "Content type" to application/json, redeliver the event from "Recent Deliveries", and replay that delivery\'s payload';

/** GitHub's form encoding: a body `payload=<URL-encoded JSON>`, or a Content-Type header that says so. */
function formEncoded(body: Buffer, headers: ReadonlyArray<readonly [string, string]>): boolean {
  return body.subarray(0, 8).toString('latin1') === 'payload=' ||
    headers.some(([name, value]) => name.toLowerCase() === 'content-type' && value.trim().toLowerCase().startsWith('application/x-www-form-urlencoded'));
}

export async function main(argv: readonly string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  // Pipelines-as-Code matching is its own replay (lib/cli/simulate-pac.ts).
  if (argv.includes('--pac')) return simulatePac(argv.filter((a) => a !== '--pac'), out, err);
  const started = startCommand('simulate', HELP, argv, parseArgs, out, err);
  if (typeof started === 'number') return started;
  const { args, collected } = started;
  let event: WebhookEvent;
  let bytes: Buffer | undefined;
  try {
    bytes = readFileSync(args.body);
    event = makeEvent(bytes, args.headers, args.requestURL);
  } catch (e) {
    const what = !(e instanceof SyntaxError) ? `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`
      : formEncoded(bytes!, args.headers) ? FORM_ENCODED : `is not JSON (${e.message}); the body must be the webhook's JSON payload`;
    err(`cdk8s-tekton simulate: --body ${args.body} ${what}\n`);
    return 2;
  }
  const { files } = collected;
  const { docs, problems: unread } = read(files);
  const errors = [...collected.problems, ...unread];
  if (errors.length) {
    err(inputProblemsText(errors));
    return 2;
  }
  if (!docs.some((d) => (d.manifest as any)?.kind === 'EventListener')) return usageError('simulate', HELP, `no EventListener among the ${files.length} files given (${files.map(shown).join(', ')})`, err);
  let outcomes: TriggerOutcome[];
  try {
    outcomes = simulateEvent(docs.map((d) => d.manifest), event, args.secrets);
  } catch (e) {
    if (!(e instanceof BudgetExceeded)) throw e;
    err(`cdk8s-tekton simulate: ${e.message}\n`);
    return 3;
  }
  const rendered = outcomes.flatMap((o) => o.resources.map((r, i) => ({ r, o, origin: o.origins[i] })));
  const inputs: ManifestInput[] = [...docs, ...rendered.map(({ r, o }) => ({ manifest: r, source: `EventListener "${o.eventListener}" trigger "${o.trigger}"` }))];
  const problems = new Map<Record<string, any>, Problem[]>();
  let ownProblems = 0;
  for (const p of validateManifests(inputs, args.options)) {
    if (p.input < docs.length) {
      if (!isWarning(p)) ownProblems++;
      continue;
    }
    const r = rendered[p.input - docs.length].r;
    const list = problems.get(r) ?? [];
    list.push(p);
    problems.set(r, list);
  }
  const failing = [...problems.values()].flat().some((p) => !isWarning(p));
  if (args.json) {
    const triggers = outcomes.map((o) => ({ eventListener: o.eventListener, trigger: o.trigger, fired: o.fired, ...(o.fired ? {} : { reason: o.reason }), resources: o.resources }));
    const listed = rendered.flatMap(({ r, o, origin }) => (problems.get(r) ?? []).map((p) => ({ eventListener: o.eventListener, trigger: o.trigger, template: origin, ...problemJson(p) })));
    out(`${JSON.stringify({ eventID: event.eventID, triggers, problems: listed }, null, 2)}\n`);
  } else out(printable(textReport(event, outcomes, problems, ownProblems)));
  return failing ? 1 : 0;
}
