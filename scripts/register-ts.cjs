// Lets node run this repository's TypeScript directly: `node -r ./scripts/register-ts.cjs app.ts`.
// Each .ts file is compiled by esbuild when it is first required (no type-checking: `npm test`
// runs tsc). It is the cdk8s app command because it starts fastest (BENCHMARKS.md, section 3).
'use strict';
const { readFileSync } = require('node:fs');
const { transformSync } = require('esbuild');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { loader: 'ts', format: 'cjs', target: 'node20', sourcefile: filename });
  module._compile(code, filename);
};
