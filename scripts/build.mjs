// `npm run build` (also run on prepack and pretest): compiles lib/ to build/lib/ (JavaScript, .d.ts,
// source maps) and bundles the Orka runner into build/orka-runner.js, the file the CLI's
// `orka-runner` runs and the Orka image context ships. build/ is emptied first, so the package never
// carries output of a file that no longer exists.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleRunner } from './bundle-runner.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');

rmSync(join(root, 'build'), { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
await bundleRunner(join(root, 'build', 'orka-runner.js'));
