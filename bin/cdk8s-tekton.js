#!/usr/bin/env node
// Thin entry point: the command registry (build/lib/cli/commands.js, written by `npm run build` and
// shipped in the package) lists, documents and dispatches every command. Nothing is compiled or
// written here at run time.
'use strict';
const path = require('node:path');

const registry = path.join(__dirname, '..', 'build', 'lib', 'cli', 'commands.js');
let commands;
try {
  commands = require(registry);
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes(registry)) {
    process.stderr.write(`cdk8s-tekton: ${registry} does not exist. Fix: run "npm run build" in ${path.join(__dirname, '..')} (the published package ships it)\n`);
    process.exit(3);
  }
  throw err;
}
commands
  .run(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s))
  .then((code) => { process.exitCode = code; });
