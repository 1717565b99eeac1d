// `cdk8s-tekton validate`: the synth-time rules, run over YAML files.
import { formatProblem, isOtherDocument, isWarning, Surface, validateManifests } from '../validate';
import type { ApiFields, Problem, ValidationOptions } from '../validate/types';
import { FieldLines } from './validate-lines';
import { apiFieldsFlag, FlagSpec, formatFlag, lastValue, parseCommandLine, UsageError } from './args';
import { inputProblemJson, inputProblemText, printable, printableJson, problemJson, shown } from './output';
import { startCommand, Located, read } from './validate-read';

const HELP = `usage: cdk8s-tekton validate <files|dirs...> [options]

Checks Tekton YAML (Task, Pipeline, TaskRun, PipelineRun, StepAction, CustomRun, and the Triggers
kinds EventListener, Trigger, TriggerBinding, ClusterTriggerBinding, TriggerTemplate) against the
admission webhook's rules, plus checks across all the files given: refs name a Task/Pipeline that
is among them, bindings and params match what is declared, result references name declared results.
Every tekton.dev document is checked against its CRD's schema, as the API server does;
tekton.dev/v1beta1 Tasks, Pipelines and runs against that only (with a warning). Directories
are searched for *.yaml and *.yml. Documents of other API groups are read but not checked.

options:
  --format text|json                 output format (default: text)
  --api-fields stable|beta|alpha     the cluster's enable-api-fields (default: beta, Tekton's default)
  --enable-param-enum                the cluster has enable-param-enum: "true"
  --enable-cel-in-when               the cluster has enable-cel-in-whenexpression: "true"
  --enable-artifacts                 the cluster has enable-artifacts: "true"
  --enable-concise-resolver-syntax   the cluster has enable-concise-resolver-syntax: "true"
  --disable-inline-spec LIST         comma list of pipeline, pipelinerun, taskrun (disable-inline-spec)
  --max-matrix-combinations N        config-defaults default-max-matrix-combinations-count (default: 256)
  --forbidden-env LIST               config-defaults default-forbidden-env, comma separated
  --default-taskrun-workspace-binding  config-defaults sets default-task-run-workspace-binding
  --external NAME                    a Task/Pipeline/StepAction/TriggerTemplate/TriggerBinding/Trigger
                                     that exists in the cluster (repeatable)
  --allow-external-refs              do not report refs to names missing from the files given
  --strict                           warnings fail too (exit 1); by default they are printed only
  --each-file                        check every file on its own (for a folder of unrelated examples
                                     that reuse names); by default all files are checked together
  -h, --help                         this text

Warnings (for example a param reference inside a script, which Tekton accepts but which runs the
param's value as shell code) are printed with "warning:" and do not change the exit code.

exit codes: 0 all valid (warnings allowed), 1 an error was found (malformed YAML included; with
--strict, a warning too), 2 usage error
`;

interface Args {
  readonly paths: string[];
  readonly json: boolean;
  readonly eachFile: boolean;
  readonly strict: boolean;
  readonly options: ValidationOptions;
}

const BOOLEAN_FLAGS: Record<string, keyof ValidationOptions> = {
  '--enable-param-enum': 'enableParamEnum',
  '--enable-cel-in-when': 'enableCelInWhenExpression',
  '--enable-artifacts': 'enableArtifacts',
  '--enable-concise-resolver-syntax': 'enableConciseResolverSyntax',
  '--default-taskrun-workspace-binding': 'defaultTaskRunWorkspaceBinding',
};

/** Fixes on the command line name the flag that sets an option. */
const CLI_SURFACE: Surface = {
  setting(option, value) {
    const flag = Object.keys(BOOLEAN_FLAGS).find((f) => BOOLEAN_FLAGS[f] === option);
    if (flag) return flag;
    if (option === 'apiFields') return `--api-fields ${value}`;
    if (option === 'maxMatrixCombinations') return `--max-matrix-combinations ${value}`;
    if (option === 'externalRefs') return (value as string[]).map((name) => `--external ${name}`).join(' ');
    if (option === 'checkRefsExist') return '--allow-external-refs';
    return `--${option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${Array.isArray(value) ? value.join(',') : value}`;
  },
  define: 'pass the file that defines it too',
};

const FLAGS: Record<string, FlagSpec> = {
  ...Object.fromEntries(Object.keys(BOOLEAN_FLAGS).map((f) => [f, {}])),
  '--format': { value: true },
  '--api-fields': { value: true },
  '--disable-inline-spec': { value: true },
  '--max-matrix-combinations': { value: true },
  '--forbidden-env': { value: true },
  '--external': { value: true, repeatable: true },
  '--allow-external-refs': {},
  '--each-file': {},
  '--strict': {},
};

const list = (text: string): string[] => text.split(',').map((k) => k.trim()).filter(Boolean);

function parseArgs(argv: readonly string[]): Args | 'help' {
  const line = parseCommandLine(argv, FLAGS);
  if (line === 'help') return 'help';
  const options: Record<string, unknown> = {};
  for (const [flag, option] of Object.entries(BOOLEAN_FLAGS)) if (line.flags.has(flag)) options[option] = true;
  const json = formatFlag(line) === 'json';
  const apiFields = apiFieldsFlag(line);
  if (apiFields) options.apiFields = apiFields as ApiFields;
  const inline = lastValue(line, '--disable-inline-spec');
  if (inline !== undefined) {
    const kinds = list(inline);
    const bad = kinds.filter((k) => !['pipeline', 'pipelinerun', 'taskrun'].includes(k));
    if (bad.length) throw new UsageError(`--disable-inline-spec takes pipeline, pipelinerun and taskrun, not "${bad.join(',')}"`);
    options.disableInlineSpec = kinds;
  }
  const max = lastValue(line, '--max-matrix-combinations');
  if (max !== undefined) {
    const n = Number(max);
    if (!Number.isInteger(n) || n < 1) throw new UsageError('--max-matrix-combinations must be a whole number of 1 or more');
    options.maxMatrixCombinations = n;
  }
  const forbidden = lastValue(line, '--forbidden-env');
  if (forbidden !== undefined) options.forbiddenEnv = list(forbidden);
  if (line.flags.has('--allow-external-refs')) options.checkRefsExist = false;
  const external = line.flags.get('--external');
  if (external) options.externalRefs = [...external];
  if (line.positionals.length === 0) throw new UsageError('no files or directories given');
  return { paths: [...line.positionals], json, eachFile: line.flags.has('--each-file'), strict: line.flags.has('--strict'), options };
}

/** Validates each file's documents on their own; the problems index into `docs` as a whole. */
function validateEachFile(docs: readonly Located[], options: ValidationOptions): Problem[] {
  const problems: Problem[] = [];
  let start = 0;
  while (start < docs.length) {
    let end = start;
    while (end < docs.length && docs[end].file === docs[start].file) end++;
    const offset = start;
    problems.push(...validateManifests(docs.slice(start, end), options, CLI_SURFACE).map((p) => ({ ...p, input: p.input + offset })));
    start = end;
  }
  return problems;
}

export async function main(argv: readonly string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const started = startCommand('validate', HELP, argv, parseArgs, out, err);
  if (typeof started === 'number') return started;
  const { args, collected } = started;
  const { files } = collected;
  const { docs, problems: unread, streams } = read(files);
  const errors = [...collected.problems, ...unread];
  const problems = args.eachFile ? validateEachFile(docs, args.options) : validateManifests(docs, args.options, CLI_SURFACE);
  const fields = new FieldLines((file) => streams.get(file));
  const lineOf = (p: Problem) => {
    const doc = docs[p.input];
    return fields.lineOf(doc.file, doc.index, p.field) ?? doc.line;
  };
  const failing = errors.length + problems.filter((p) => args.strict || !isWarning(p)).length;
  const warningCount = problems.filter(isWarning).length;
  // Documents of other API groups (ConfigMaps, RBAC, ...) are read for cross-checks, not checked.
  const notChecked = docs.filter((d) => isOtherDocument(d.manifest)).length;
  if (args.json) {
    out(
      `${printableJson(
        {
          valid: failing === 0,
          files: files.length,
          documents: docs.length,
          partlyChecked: problems.filter((p) => p.rule === 'resource.not-checked').length,
          notChecked,
          problems: [
            ...errors.map(inputProblemJson),
            ...problems.map((p: Problem) => ({ file: shown(docs[p.input].file), line: lineOf(p), ...problemJson(p) })),
          ],
        },
      )}\n`,
    );
  } else {
    const lines = [
      ...errors.map(inputProblemText),
      ...problems.map((p) => `${shown(docs[p.input].file)}:${lineOf(p)}: ${formatProblem(p)}`),
    ];
    const partly = problems.filter((p) => p.rule === 'resource.not-checked').length;
    const warnings = warningCount === 0 ? '' : ` (${warningCount} warning${warningCount === 1 ? '' : 's'}${args.strict && failing > 0 ? ' among them, --strict' : ''})`;
    const failingFiles = new Set([...errors.map((e) => e.file), ...problems.filter((p) => args.strict || !isWarning(p)).map((p) => docs[p.input].file)]).size;
    const summary =
      failing === 0
        ? `ok: ${docs.length - partly - notChecked} documents in ${files.length} files are valid${partly === 0 ? '' : `, ${partly} only partly checked`}${notChecked === 0 ? '' : `, ${notChecked} not checked (not a Tekton or Triggers kind)`}${warnings}`
        : `${failing} problem${failing === 1 ? '' : 's'} in ${failingFiles} of ${new Set([...files, ...errors.map((e) => e.file)]).size} files${warnings}`;
    out(`${[...lines, summary].map(printable).join('\n')}\n`);
  }
  return failing === 0 ? 0 : 1;
}
