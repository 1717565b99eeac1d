#!/usr/bin/env node
// Thin entry point: picks the subcommand and hands over to lib/ or runner/. TypeScript sources are
// loaded through ts-node without type-checking (`npm test` runs tsc).
'use strict';
const path = require('node:path');

const COMMANDS = {
  validate: '../lib/cli/validate',
  'orka-runner': '../runner/orka/main',
};

const USAGE = `usage: cdk8s-tekton <command> [options]

commands:
  validate <files|dirs...>   check Tekton YAML against the admission rules (see validate --help)
  orka-runner                run a build on a MacStadium Orka VM (see orka-runner --help)
`;

const [command, ...args] = process.argv.slice(2);
if (command === undefined || command === '--help' || command === '-h') {
  process.stdout.write(USAGE);
  process.exit(command === undefined ? 2 : 0);
}
if (!Object.prototype.hasOwnProperty.call(COMMANDS, command)) {
  process.stderr.write(`cdk8s-tekton: unknown command "${command}"; available: ${Object.keys(COMMANDS).join(', ')}\n\n${USAGE}`);
  process.exit(2);
}
require('ts-node').register({ transpileOnly: true, project: path.join(__dirname, '..', 'tsconfig.json') });
require(COMMANDS[command])
  .main(args)
  .then((code) => { process.exitCode = code; })
  .catch((err) => {
    process.stderr.write(`cdk8s-tekton ${command}: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 3;
  });
