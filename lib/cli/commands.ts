// The one registry of cdk8s-tekton's commands: bin/cdk8s-tekton.js dispatches through it and
// `--help` is generated from it, so a command cannot exist without being listed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One command of the CLI. */
export interface Command {
  readonly name: string;
  /** The arguments shown after the name in the command list. */
  readonly synopsis: string;
  /** One line: what it does. */
  readonly summary: string;
  /** The compiled module under build/ whose `main(argv)` runs it. */
  readonly module: string;
}

export const COMMANDS: readonly Command[] = [
  { name: 'validate', synopsis: '<files|dirs...>', summary: 'check Tekton YAML against the admission rules', module: 'lib/cli/validate' },
  { name: 'simulate', synopsis: '<files|dirs...> --body FILE', summary: 'replay a webhook event through the EventListeners, offline', module: 'lib/cli/simulate' },
  { name: 'graph', synopsis: '<files|dirs...>', summary: 'draw every pipeline as a graph: text, mermaid, dot or svg', module: 'lib/cli/graph' },
  { name: 'secrets', synopsis: '<files|dirs...>', summary: 'print the kubectl commands that create the Secrets the manifests reference', module: 'lib/cli/secrets' },
  { name: 'convert', synopsis: '<files|dirs...> [-o FILE]', summary: 'write a typed TypeScript module that builds the objects of Tekton YAML', module: 'lib/cli/convert' },
  { name: 'init', synopsis: '', summary: 'write a new cdk8s project that uses cdk8s-tekton', module: 'lib/cli/init' },
  { name: 'orka-runner', synopsis: '', summary: 'run a build on a MacStadium Orka VM (the task image runs this)', module: 'orka-runner' },
];

/** build/, where the compiled modules live (this file is build/lib/cli/commands.js). */
const BUILD = join(__dirname, '..', '..');

export function usage(): string {
  const heads = COMMANDS.map((c) => `${c.name} ${c.synopsis}`.trimEnd());
  const width = Math.max(...heads.map((h) => h.length)) + 3;
  const lines = COMMANDS.map((c, i) => `  ${heads[i].padEnd(width)}${c.summary}`);
  return `usage: cdk8s-tekton <command> [options]

commands:
${lines.join('\n')}

options:
  ${'-h, --help'.padEnd(width)}this text (each command has its own: cdk8s-tekton <command> --help)
  ${'--version'.padEnd(width)}the version of cdk8s-tekton
`;
}

/** The version in this package's package.json (two levels above build/). */
export function version(): string {
  return JSON.parse(readFileSync(join(BUILD, '..', 'package.json'), 'utf8')).version;
}

type Main = (argv: readonly string[]) => Promise<number>;

/** Runs the command line; resolves to the exit code. */
export async function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    out(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    out(`${version()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    err(`cdk8s-tekton: unknown command "${name}"; available: ${COMMANDS.map((c) => c.name).join(', ')}\n\n${usage()}`);
    return 2;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const main: Main = require(join(BUILD, command.module)).main;
  try {
    return await main(args);
  } catch (e) {
    err(`cdk8s-tekton ${name}: ${e instanceof Error && e.stack ? e.stack : String(e)}\n`);
    return 3;
  }
}
