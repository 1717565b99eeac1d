#!/usr/bin/env node
// Thin entry point: picks the subcommand and runs its compiled module from build/ (written by
// `npm run build`, shipped in the package). `orka-runner` runs the runner bundle, the very file the
// task image runs. Nothing is compiled or written here at run time.
'use strict';
const path = require('node:path');

const BUILD = path.join(__dirname, '..', 'build');

const COMMANDS = {
  validate: { module: 'lib/cli/validate' },
  'orka-runner': { module: 'orka-runner' },
  secrets: { module: 'lib/cli/secrets' },
  simulate: { module: 'lib/cli/simulate' },
  init: { module: 'lib/cli/init' },
};

const USAGE = `usage: cdk8s-tekton <command> [options]

commands:
  validate <files|dirs...>   check Tekton YAML against the admission rules (see validate --help)
  orka-runner                run a build on a MacStadium Orka VM (see orka-runner --help)
  init                       write a new cdk8s project that uses cdk8s-tekton (see init --help)
`;

function load(spec) {
  const file = path.join(BUILD, `${spec.module}.js`);
  try {
    return require(file);
  } catch (err) {
    if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes(file)) {
      process.stderr.write(`cdk8s-tekton: ${file} does not exist. Fix: run "npm run build" in ${path.dirname(BUILD)} (the published package ships it)\n`);
      process.exit(3);
    }
    throw err;
  }
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
