// `npm run build` (also run on prepack and pretest): compiles lib/ to build/lib/ (JavaScript, .d.ts,
// source maps) and bundles the Orka runner into build/orka-runner.js, the file the CLI's
// `orka-runner` runs and the Orka image context ships. build/ is emptied first, so the package never
// carries output of a file that no longer exists.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleRunner } from './bundle-runner.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');

rmSync(join(root, 'build'), { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
await bundleRunner(join(root, 'build', 'orka-runner.js'));

// The package's entry (build/lib/index.js) is the library bundled into one file, over tsc's output
// of the same name: a fresh process then reads and compiles one file instead of about 90 modules
// (require('cdk8s-tekton') in about half the time, BENCHMARKS.md section 7). The typings and the
// CLI's modules stay tsc's; the dependencies stay outside the bundle, so the package shares cdk8s
// and constructs with the app (instanceof holds) and its code requires them as before.
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {}), 'esbuild'],
  // Messages name constructs by their class (`Task "build"`, `KanikoTask "push"`): the bundle must
  // keep each class's own name, which esbuild would otherwise change for a class that refers to
  // itself (`_Task`) or shares its name with another module's.
  keepNames: true,
  // Whitespace and syntax only: identifiers stay as written (the source map maps the rest), and a
  // fresh process compiles a quarter fewer bytes.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
};

// Two parts of the library are large and not needed to define constructs: the validation engine
// (lib/validate/, run when an app synthesizes) and the shell parser (lib/shell/, run by the script
// tag). Each is bundled into a file of its own that the entry requires on first use, so
// require('cdk8s-tekton') compiles about half the code. Each chunk is the only copy of its module
// graph's entry, so its classes (ScriptContextError, ...) are one class wherever they are used.
const LAZY = [
  { source: 'lib/validate/index.ts', chunk: 'index-validate.js' },
  { source: 'lib/shell/place.ts', chunk: 'index-shell.js' },
];
// The chunks hold no construct classes, and no message of theirs names a class or function, so they
// are built without keepNames: it wraps every named closure in a defineProperty call, which the
// rules and the parser would pay each time they create one (per document, per script).
for (const { source, chunk } of LAZY) {
  await build({ ...common, keepNames: false, entryPoints: [join(root, source)], outfile: join(root, 'build', 'lib', chunk) });
}

/** The module that stands for a chunk in the entry: its exports are getters that load the chunk when first read. */
function lazyModule(chunk) {
  const names = Object.keys(require(join(root, 'build', 'lib', chunk)));
  const getters = names.map((n) => `  ${JSON.stringify(n)}: { enumerable: true, get: () => load()[${JSON.stringify(n)}] },`).join('\n');
  return `'use strict';\nlet chunk;\nconst load = () => chunk ?? (chunk = require(${JSON.stringify(`./${chunk}`)}));\nObject.defineProperties(exports, {\n${getters}\n});\n`;
}

const lazyChunks = {
  name: 'lazy-chunks',
  setup(b) {
    const bySource = new Map(LAZY.map((l) => [join(root, l.source), l.chunk]));
    b.onResolve({ filter: /^\.\/index-[a-z]+\.js$/ }, (args) => (args.namespace === 'lazy' ? { path: args.path, external: true } : undefined));
    b.onResolve({ filter: /^\./ }, (args) => {
      if (args.namespace === 'lazy') return undefined;
      const base = join(args.resolveDir, args.path);
      const chunk = bySource.get(base.endsWith('.ts') ? base : `${base}.ts`) ?? bySource.get(join(base, 'index.ts'));
      return chunk === undefined ? undefined : { path: chunk, namespace: 'lazy' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: lazyModule(args.path), loader: 'js', resolveDir: join(root, 'build', 'lib') }));
  },
};

await build({
  ...common,
  entryPoints: [join(root, 'lib', 'index.ts')],
  outfile: join(root, 'build', 'lib', 'index.js'),
  plugins: [lazyChunks],
});

// The CLI runs on tsc's files (build/lib/cli/); its validation engine is the chunk too, one file
// instead of the 40 modules tsc wrote for lib/validate/ and lib/facts/ (`validate` of the 152
// examples about a tenth faster in wall time). Modules that import one rule file directly, not the
// engine's entry, keep tsc's copy of it; the rules hold no state between runs.
writeFileSync(join(root, 'build', 'lib', 'validate', 'index.js'), `'use strict';
// The validation engine: build/lib/index-validate.js, the same file the package entry loads.
module.exports = require('../index-validate.js');
`);
rmSync(join(root, 'build', 'lib', 'validate', 'index.js.map'));
