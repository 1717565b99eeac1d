// Writes the V8 code caches of the package's bundles (build/lib/*.js.v8cache, read by
// build/lib/load-cached.js): the repository's examples are synthesized once by the built package,
// and `cdk8s-tekton validate` reads the result, in a process that at its exit saves the code of
// every function compiled on the way. Called by
// scripts/build.mjs after the bundles are written; the caches fit the Node.js that ran the build.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

export function writeCodeCaches(root) {
  const lib = join(root, 'build', 'lib');
  const work = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-code-cache-'));
  try {
    // The examples as JavaScript, in a copy of their folder beside a link named lib to the built
    // package, so that their `import ... from '../../lib'` loads the package as users get it.
    const examples = join(root, 'examples');
    cpSync(examples, join(work, 'examples'), { recursive: true });
    for (const f of readdirSync(join(work, 'examples'), { recursive: true })) {
      const file = join(work, 'examples', f);
      if (file.endsWith('.ts')) writeFileSync(file.replace(/\.ts$/, '.js'), transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'cjs', target: 'node20' }).code);
    }
    symlinkSync(lib, join(work, 'lib'));
    symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
    const app = join(work, 'examples', 'main.js');
    const out = join(work, 'dist');
    const env = { ...process.env, CDK8S_TEKTON_CODE_CACHE: 'write', CDK8S_OUTDIR: out, CDK8S_TEKTON_CLI: join(lib, 'cli') };
    execFileSync(process.execPath, ['-r', join(root, 'scripts', 'package', 'warm-cli.cjs'), app], { cwd: work, env, stdio: ['ignore', 'ignore', 'inherit'] });
    const caches = readdirSync(lib).filter((f) => f.endsWith('.v8cache')).sort();
    for (const f of ['index-main.js.v8cache', 'index-validate.js.v8cache', 'index-shell.js.v8cache']) {
      if (!caches.includes(f)) throw new Error(`build: the examples' synth did not write build/lib/${f}`);
    }
    // Each cache must be one this Node.js accepts, or it only costs a read.
    const require = createRequire(import.meta.url);
    const vm = require('node:vm');
    const Module = require('node:module');
    for (const f of caches) {
      const js = join(lib, f.replace(/\.v8cache$/, ''));
      const data = readFileSync(join(lib, f));
      const body = data.subarray(data.indexOf('\n', data.indexOf('\n', data.indexOf('\n') + 1) + 1) + 1);
      const script = new vm.Script(Module.wrap(readFileSync(js, 'utf8')), { filename: js, cachedData: body });
      if (script.cachedDataRejected) throw new Error(`build: V8 rejects the code cache it just wrote for ${js}`);
    }
    if (!existsSync(out)) throw new Error('build: the examples wrote nothing');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
