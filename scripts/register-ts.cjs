// Lets node run this repository's TypeScript directly: `node -r ./scripts/register-ts.cjs app.ts`.
// The hook is the one the package ships as cdk8s-tekton/register (bin/register.cjs). It is the
// cdk8s app command because it starts fastest (BENCHMARKS.md, section 3).
'use strict';
require('../bin/register.cjs');
