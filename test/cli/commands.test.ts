import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../lib/cli/commands';

const ROOT = resolve(__dirname, '../..');
const BIN = resolve(ROOT, 'bin/cdk8s-tekton.js');
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

const HELP = `usage: cdk8s-tekton <command> [options]

commands:
  validate <files|dirs...>               check Tekton YAML against the admission rules
  simulate <files|dirs...> --body FILE   replay a webhook event through the EventListeners, offline
  graph <files|dirs...>                  draw every pipeline as a graph: text, mermaid, dot or svg
  secrets <files|dirs...>                print the kubectl commands that create the Secrets the manifests reference
  convert <files|dirs...> [-o FILE]      write a typed TypeScript module that builds the objects of Tekton YAML
  init                                   write a new cdk8s project that uses cdk8s-tekton
  orka-runner                            run a build on a MacStadium Orka VM (the task image runs this)

options:
  -h, --help                             this text (each command has its own: cdk8s-tekton <command> --help)
  --version                              the version of cdk8s-tekton
`;

describe('cdk8s-tekton (the command registry)', () => {
  it('--help lists every command of the registry, one line each', () => {
    const r = cli('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(HELP);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c.name} `, 'm'));
  });

  it('with no command prints the same text and exits 2', () => {
    const r = cli();
    expect([r.status, r.stdout]).toEqual([2, HELP]);
  });

  it('--version prints the version of package.json', () => {
    const r = cli('--version');
    expect([r.status, r.stdout]).toEqual([0, `${JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).version}\n`]);
  });

  it('an unknown command names the available ones', () => {
    const r = cli('validte', 'dist/');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`cdk8s-tekton: unknown command "validte"; available: ${COMMANDS.map((c) => c.name).join(', ')}\n\n${HELP}`);
  });

  it('every command answers --help with its own usage and exit 0', () => {
    for (const c of COMMANDS) {
      const r = cli(c.name, '--help');
      expect([c.name, r.status]).toEqual([c.name, 0]);
      expect(r.stdout).toMatch(new RegExp(`^usage: cdk8s-tekton ${c.name}`));
    }
  });

  it('every command reports an unknown option the same way, with exit 2', () => {
    for (const c of COMMANDS.filter((c) => c.name !== 'orka-runner')) {
      const r = cli(c.name, '--bogus');
      expect([c.name, r.status, r.stderr.split('\n')[0]]).toEqual([c.name, 2, `cdk8s-tekton ${c.name}: unknown option --bogus`]);
    }
  });
});
