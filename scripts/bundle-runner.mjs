// Bundles the Orka runner (runner/orka/cli.ts) into one CommonJS file for the task image:
//   node scripts/bundle-runner.mjs <outFile>
// ssh2's native add-ons stay out: without them ssh2 uses its pure-JS/Node-crypto code paths, so the
// file runs on any Node 20 without a compiler or prebuilt binaries.
import { build } from 'esbuild';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function bundleRunner(outFile) {
  await build({
    absWorkingDir: repo,
    entryPoints: [path.join(repo, 'runner', 'orka', 'cli.ts')],
    outfile: path.resolve(outFile),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // cpu-features only tunes cipher order; sshcrypto.node is ssh2's optional C++ crypto.
    external: ['cpu-features', '*.node'],
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: '#!/usr/bin/env node' },
  });
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outFile = process.argv[2];
  if (outFile === undefined) {
    process.stderr.write('usage: node scripts/bundle-runner.mjs <outFile>\n');
    process.exit(2);
  }
  await bundleRunner(outFile);
}
