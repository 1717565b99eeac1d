// `cdk8s-tekton convert <files|dirs...> [-o FILE] [--chart-name NAME]`: existing Tekton YAML
// (old API versions included) to one TypeScript module that builds the same objects with the
// typed API and synthesizes them into dist/ when run.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { convert } from '../convert';
import { migrate } from '../convert/migrate';
import { lastValue, parseCommandLine, UsageError } from './args';
import { stopAtUnreadable } from './output';
import { loadDocuments, startCommand } from './validate-read';

const USAGE = `usage: cdk8s-tekton convert <files|dirs...> [-o FILE] [--chart-name NAME]

Writes one TypeScript module that builds every Tekton object of the YAML files with the typed
cdk8s-tekton API: a Chart class, and \`npx ts-node FILE\` synthesizes it into dist/. Old forms are
migrated as Tekton converts them (tekton.dev/v1beta1, ClusterTask refs, bundle refs, Triggers
interceptors), with a comment per change. What the typed API cannot say stays as an escape hatch
marked \`// convert:\`. PipelineResources cannot be converted: each one is reported with what
replaces it, and nothing is written.

options:
  -o, --output FILE     where to write the module (default: standard output)
  --chart-name NAME     the Chart class name (default: from FILE, else ConvertedChart)

Exit 0 when written, 1 when a file cannot be read or holds PipelineResources, 2 on usage errors.
`;

function chartName(flag: string | undefined, output: string | undefined): string {
  if (flag !== undefined) {
    if (!/^[A-Z][A-Za-z0-9]*$/.test(flag)) throw new UsageError(`--chart-name must be a class name (a capital letter, then letters and digits), not "${flag}"`);
    return flag;
  }
  if (output === undefined) return 'ConvertedChart';
  const words = basename(output).replace(/\.[^.]*$/, '').split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return /^[A-Z]/.test(name) ? (name.endsWith('Chart') ? name : `${name}Chart`) : 'ConvertedChart';
}

interface Args {
  readonly paths: string[];
  readonly output?: string;
  readonly chart: string;
}

function parseArgs(argv: readonly string[]): Args | 'help' {
  const line = parseCommandLine(argv, { '-o': { value: true }, '--output': { value: true }, '--chart-name': { value: true } });
  if (line === 'help') return 'help';
  if (line.positionals.length === 0) throw new UsageError('no files or directories given');
  const output = lastValue(line, '-o') ?? lastValue(line, '--output');
  return { paths: [...line.positionals], output, chart: chartName(lastValue(line, '--chart-name'), output) };
}

export async function main(argv: readonly string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const started = startCommand('convert', USAGE, argv, parseArgs, out, err, (path) => path);
  if (typeof started === 'number') return started;
  const { args: { output, chart }, collected } = started;
  if (stopAtUnreadable('convert', collected.problems, err)) return 1;
  const docs: unknown[] = [];
  for (const file of collected.files) {
    try {
      docs.push(...loadDocuments(file));
    } catch (e) {
      err(`cdk8s-tekton convert: ${file}: ${(e as Error).message.split('\n')[0]}\n`);
      return 1;
    }
  }
  const migrated = migrate(docs);
  if (migrated.problems.length > 0) {
    err(migrated.problems.map((p) => `cdk8s-tekton convert: ${p}\n`).join(''));
    err(`cdk8s-tekton convert: nothing written (${migrated.problems.length} PipelineResource${migrated.problems.length === 1 ? '' : 's'} to replace first)\n`);
    return 1;
  }
  const result = convert(migrated.docs, { chartName: chart, sources: collected.files, notes: migrated.notes });
  if (output === undefined) out(result.code);
  else writeFileSync(output, result.code);
  const migrations = migrated.notes.reduce((n, l) => n + l.length, 0);
  err(`converted ${migrated.docs.length} object${migrated.docs.length === 1 ? '' : 's'} from ${collected.files.length} file${collected.files.length === 1 ? '' : 's'}${output ? ` into ${output}` : ''}: ${migrations} migration${migrations === 1 ? '' : 's'}, ${result.escapes} escape hatch${result.escapes === 1 ? '' : 'es'} (marked // convert:)\n`);
  return 0;
}
