#!/usr/bin/env node
// Thin entry point: picks the subcommand and hands over to lib/ or runner/. `validate` runs from an
// esbuild bundle of its sources (rebuilt here whenever a source is newer), so a check of a folder
// of YAML starts in milliseconds; everything else is loaded through ts-node without type-checking
// (`npm test` runs tsc).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');

const COMMANDS = {
  validate: { module: 'lib/cli/validate', bundle: { sources: ['lib/cli', 'lib/validate', 'lib/imports'], out: 'build/cli-validate.js' } },
  'orka-runner': { module: 'runner/orka/main' },
};

const USAGE = `usage: cdk8s-tekton <command> [options]

commands:
  validate <files|dirs...>   check Tekton YAML against the admission rules (see validate --help)
  orka-runner                run a build on a MacStadium Orka VM (see orka-runner --help)
`;

function newestSource(dirs) {
  let newest = 0;
  for (const dir of dirs) {
    for (const name of fs.readdirSync(path.join(ROOT, dir))) newest = Math.max(newest, fs.statSync(path.join(ROOT, dir, name)).mtimeMs);
  }
  return newest;
}

/** The path of an up-to-date bundle of `spec.module`, building it if needed; undefined if that fails. */
function bundled(spec) {
  const out = path.join(ROOT, spec.bundle.out);
  try {
    if (fs.existsSync(out) && fs.statSync(out).mtimeMs >= newestSource(spec.bundle.sources)) return out;
    // Written aside and renamed, so a second process starting at the same time never reads half a file.
    const tmp = `${out}.${process.pid}.tmp`;
    require('esbuild').buildSync({
      entryPoints: [path.join(ROOT, `${spec.module}.ts`)],
      outfile: tmp,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'silent',
    });
    fs.renameSync(tmp, out);
    return out;
  } catch {
    return undefined;
  }
}

function load(spec) {
  const fast = spec.bundle && bundled(spec);
  if (fast) return require(fast);
  require('ts-node').register({ transpileOnly: true, project: path.join(ROOT, 'tsconfig.json') });
  return require(path.join(ROOT, spec.module));
}

const [command, ...args] = process.argv.slice(2);
if (command === undefined || command === '--help' || command === '-h') {
  process.stdout.write(USAGE);
  process.exit(command === undefined ? 2 : 0);
}
if (!Object.prototype.hasOwnProperty.call(COMMANDS, command)) {
  process.stderr.write(`cdk8s-tekton: unknown command "${command}"; available: ${Object.keys(COMMANDS).join(', ')}\n\n${USAGE}`);
  process.exit(2);
}
load(COMMANDS[command])
  .main(args)
  .then((code) => { process.exitCode = code; })
  .catch((err) => {
    process.stderr.write(`cdk8s-tekton ${command}: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 3;
  });
