'use strict';
// Preloaded by scripts/code-cache.mjs into the process that synthesizes the examples to write the
// code caches: before that process exits, `cdk8s-tekton validate` reads what it synthesized, so
// the validation engine's cache also holds what the CLI's path through it compiles.
const { join } = require('node:path');

let ran = false;
process.on('beforeExit', () => {
  if (ran) return;
  ran = true;
  const commands = require(join(process.env.CDK8S_TEKTON_CLI, 'commands.js'));
  const lines = [];
  commands.run(['validate', process.env.CDK8S_OUTDIR], (s) => lines.push(s), (s) => lines.push(s)).then((code) => {
    // 1 is expected: the two loyalty examples are versions of one system and reuse names, which
    // validate reports when it reads them together. Anything else is a broken CLI.
    if (code !== 1) throw new Error(`code cache: validate of the synthesized examples exited ${code}: ${lines.join('')}`);
  });
});
