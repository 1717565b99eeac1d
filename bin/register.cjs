// `node -r cdk8s-tekton/register main.ts`: runs a cdk8s app written in TypeScript without compiling
// it first. Each .ts file is turned into JavaScript by esbuild when it is first required; nothing is
// type-checked here (a project's `npm test` runs TypeScript for that), so the app starts about as
// fast as its precompiled JavaScript would. The app command `cdk8s-tekton init` writes, and this
// repository's own (through scripts/register-ts.cjs).
'use strict';
const { readFileSync } = require('node:fs');

function esbuild() {
  try {
    return require('esbuild');
  } catch (e) {
    if (e && e.code === 'MODULE_NOT_FOUND') {
      throw new Error('cdk8s-tekton/register compiles TypeScript with esbuild, which is not installed here. Fix: npm install --save-dev esbuild');
    }
    throw e;
  }
}

const { transformSync } = esbuild();
const target = `node${process.versions.node.split('.')[0]}`;

require.extensions['.ts'] = (module, filename) => {
  // The source map goes inline, so `node --enable-source-maps` reports lines of the .ts file.
  const { code } = transformSync(readFileSync(filename, 'utf8'), { loader: 'ts', format: 'cjs', target, sourcefile: filename, sourcemap: 'inline' });
  module._compile(code, filename);
};
