// `cdk8s-tekton graph`: every Pipeline among YAML files (and the embedded pipeline of every
// PipelineRun, PaC runs included) as a graph, for a terminal, a README (mermaid), Graphviz or SVG.
// The SVG layout (lib/graph/svg.ts, written here: no layout package) is loaded with this command only.
import { graphsOf } from '../graph/model';
import { toDot, toMermaid, toText } from '../graph/render';
import { toSvg } from '../graph/svg';
import { FlagSpec, lastValue, parseCommandLine, UsageError } from './args';
import { inputProblemsText, shown, usageError } from './output';
import { read, startCommand } from './validate-read';

const HELP = `usage: cdk8s-tekton graph <files|dirs...> [--format text|mermaid|dot|svg]

Draws every Pipeline among the YAML files, and the pipelineSpec embedded in every PipelineRun
(Pipelines-as-Code runs of .tekton/ included): its tasks, the edges Tekton orders them by
(runAfter, and result references, labelled "results"), finally tasks apart, when and matrix
written next to the task.

options:
  --format text|mermaid|dot|svg      text for a terminal (default); mermaid for a README or a pull
                                     request (GitHub renders a \`\`\`mermaid block); dot for Graphviz;
                                     svg, laid out here without a browser or Graphviz
  -h, --help                         this text

exit codes: 0 drawn, 2 usage error, a file that is not YAML, or no pipeline among the files
`;

const FLAGS: Record<string, FlagSpec> = { '--format': { value: true } };
const FORMATS = ['text', 'mermaid', 'dot', 'svg'] as const;

function parseArgs(argv: readonly string[]): { paths: string[]; format: typeof FORMATS[number] } | 'help' {
  const line = parseCommandLine(argv, FLAGS);
  if (line === 'help') return 'help';
  const f = lastValue(line, '--format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format must be ${FORMATS.join(', ')}, not "${f}"`);
  if (line.positionals.length === 0) throw new UsageError('no files or directories given');
  return { paths: [...line.positionals], format: f as typeof FORMATS[number] };
}

export async function main(argv: readonly string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const started = startCommand('graph', HELP, argv, parseArgs, out, err);
  if (typeof started === 'number') return started;
  const { args: { format }, collected } = started;
  const { docs, problems } = read(collected.files);
  const errors = [...collected.problems, ...problems];
  if (errors.length) {
    err(inputProblemsText(errors));
    return 2;
  }
  const graphs = graphsOf(docs.map((d) => d.manifest));
  if (graphs.length === 0) return usageError('graph', HELP, `no Pipeline, and no PipelineRun with a pipelineSpec, among the ${collected.files.length} files given (${collected.files.map(shown).join(', ')})`, err);
  out(format === 'svg' ? toSvg(graphs) : format === 'mermaid' ? toMermaid(graphs) : format === 'dot' ? toDot(graphs) : toText(graphs));
  return 0;
}
