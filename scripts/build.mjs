// `npm run build` (also run on prepack and pretest): compiles lib/ to build/lib/ (JavaScript, .d.ts,
// source maps) and bundles the Orka runner into build/orka-runner.js, the file the CLI's
// `orka-runner` runs and the Orka image context ships. build/ is emptied first, so the package never
// carries output of a file that no longer exists.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleRunner } from './bundle-runner.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');

rmSync(join(root, 'build'), { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
await bundleRunner(join(root, 'build', 'orka-runner.js'));

// The package's entry (build/lib/index.js) loads the library bundled into one file
// (build/lib/index-core.js): a fresh process then reads and compiles one file instead of about 90 modules
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

// The bundles are loaded through the compile cache (lib/compile-cache.ts), which compiles each file's
// text as it is, without a module wrapper around it (joining one would make V8 copy the text once
// more): each is one function expression, the wrapper a CommonJS module has, that the loader takes
// as the script's value and calls. Required as a module (NODE_DISABLE_COMPILE_CACHE=1, source maps,
// the CLI's validation engine), the same text calls that function with the module's own arguments.
const asLoadable = {
  banner: { js: '(function (load) { return this === globalThis ? load : load.call(this, exports, require, module, __filename, __dirname); }).call(this, function (exports, require, module, __filename, __dirname) {' },
  footer: { js: '});' },
};

// Two parts of the library are large and not needed to define constructs: the validation engine
// (lib/validate/, run when an app synthesizes) and the shell parser (lib/shell/, run by the script
// tag). Each is bundled into a file of its own that the entry requires on first use, so
// require('cdk8s-tekton') compiles about half the code. Each chunk is the only copy of its module
// graph's entry, so its classes (ScriptContextError, ...) are one class wherever they are used.
const CORE = 'index-core.js';
const LAZY = [
  { source: 'lib/validate/index.ts', chunk: 'index-validate.js' },
  { source: 'lib/shell/place.ts', chunk: 'index-shell.js' },
];
// The chunks hold no construct classes, and no message of theirs names a class or function, so they
// are built without keepNames: it wraps every named closure in a defineProperty call, which the
// rules and the parser would pay each time they create one (per document, per script).
for (const { source, chunk } of LAZY) {
  await build({ ...common, ...asLoadable, keepNames: false, entryPoints: [join(root, source)], outfile: join(root, 'build', 'lib', chunk) });
}

/** A path below the repository as esbuild's metafile writes it. */
const rel = (file) => relative(root, file).split(sep).join('/');

/** The file a relative import names: `x.ts`, or `x/index.ts` for a folder. */
function sourceOf(dir, path) {
  const base = join(dir, path);
  if (base.endsWith('.ts') && existsSync(base)) return base;
  if (existsSync(`${base}.ts`)) return `${base}.ts`;
  if (existsSync(join(base, 'index.ts'))) return join(base, 'index.ts');
  return undefined;
}

/**
 * Each import of one of `modules` ({ source, chunk }) becomes a module of getters, one for each
 * export of the source (read from tsc's build of it, written above), that load its chunk when first
 * read.
 */
function lazyModules(modules) {
  const chunkOf = new Map(modules.map((m) => [m.source, m.chunk]));
  return {
    name: 'lazy-modules',
    setup(b) {
      b.onResolve({ filter: /^\.\/compile-cache\.js$/ }, (args) => (args.namespace === 'lazy' ? { path: args.path, external: true } : undefined));
      b.onResolve({ filter: /^\./ }, (args) => {
        if (args.namespace !== 'file') return undefined;
        const file = sourceOf(args.resolveDir, args.path);
        return file !== undefined && chunkOf.has(rel(file)) ? { path: rel(file), namespace: 'lazy' } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => {
        const chunk = chunkOf.get(args.path);
        const names = Object.keys(require(join(root, 'build', args.path.replace(/\.ts$/, '.js'))));
        const getters = names.map((n) => `  ${JSON.stringify(n)}: { enumerable: true, get: () => load()[${JSON.stringify(n)}] },`).join('\n');
        const contents = `'use strict';\nlet chunk;\nconst load = () => chunk ?? (chunk = require('./compile-cache.js').loadBundle(${JSON.stringify(chunk)}));\nObject.defineProperties(exports, {\n${getters}\n});\n`;
        return { contents, loader: 'js', resolveDir: join(root, 'build', 'lib') };
      });
    },
  };
}

// Constructs most apps do not use: Orka, the catalog Tasks, Triggers and Pipelines-as-Code, two
// fifths of the entry. They are bundled into build/lib/index-extras.js, which the entry loads when
// one of their exports is first read (require('cdk8s-tekton') about a fifth sooner). Their classes
// extend the core's (TektonResource, Task, ...) and share its state (the validation sessions), so
// the chunk holds no copy of a module the entry has: it takes each of those from the entry, which
// files them under a key only its own path makes (a global property, so they are not exports).
const EXTRAS_CHUNK = 'index-extras.js';
const EXTRAS = ['lib/orka/index.ts', 'lib/catalog/index.ts', 'lib/triggers/index.ts', 'lib/triggers/path-filter.ts', 'lib/pac/index.ts'].map((source) => ({ source, chunk: EXTRAS_CHUNK }));
const EXTRA_DIRS = [...new Set(EXTRAS.map(({ source }) => dirname(join(root, source)) + sep))];
const coreKey = (file) => `Symbol.for('cdk8s-tekton core modules ' + ${file})`;

/**
 * The entry: lib/index.ts, with the modules the extras chunk takes from it filed under the key
 * (appended to its text here, so the source stays the public API alone).
 */
function fileShared(shared) {
  return {
    name: 'file-shared',
    setup(b) {
      b.onLoad({ filter: /[\\/]lib[\\/]index\.ts$/ }, (args) => {
        if (args.path !== join(root, 'lib', 'index.ts') || shared.length === 0) return undefined;
        const imports = shared.map((file, i) => `import * as m${i} from ${JSON.stringify(join(root, file))};`).join('\n');
        const table = shared.map((file, i) => `  ${JSON.stringify(file)}: m${i},`).join('\n');
        return { contents: `${readFileSync(args.path, 'utf8')}\n${imports}\nObject.defineProperty(globalThis, ${coreKey('__filename')}, { configurable: true, value: {\n${table}\n} });\n`, loader: 'ts' };
      });
    },
  };
}

const mainOptions = (shared) => ({
  ...common,
  ...asLoadable,
  entryPoints: [join(root, 'lib', 'index.ts')],
  outfile: join(root, 'build', 'lib', CORE),
  plugins: [lazyModules([...LAZY, ...EXTRAS]), fileShared(shared)],
  metafile: true,
});

// First the entry alone, to learn which modules it holds; then the extras chunk, taking those from
// the entry and bundling the rest; then the entry again, filing the modules the chunk takes.
const inEntry = new Set(Object.keys((await build(mainOptions([]))).metafile.inputs));
const shared = new Set();
const fromEntry = {
  name: 'from-entry',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (args) => {
      if (args.namespace !== 'file') return undefined;
      const file = sourceOf(args.resolveDir, args.path);
      if (file === undefined || EXTRA_DIRS.some((d) => file.startsWith(d)) || !inEntry.has(rel(file))) return undefined;
      shared.add(rel(file));
      return { path: rel(file), namespace: 'from-entry' };
    });
    b.onResolve({ filter: /^\.\/index(-core)?\.js$/ }, (args) => (args.namespace === 'from-entry' ? { path: args.path, external: true } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'from-entry' }, (args) => ({
      contents: `'use strict';\nmodule.exports = (require('./index.js'), globalThis[${coreKey(`require.resolve('./${CORE}')`)}])[${JSON.stringify(args.path)}];\n`,
      loader: 'js',
      resolveDir: join(root, 'build', 'lib'),
    }));
  },
};
await build({
  ...common,
  ...asLoadable,
  stdin: { contents: EXTRAS.map(({ source }) => `export * from ${JSON.stringify(join(root, source))};`).join('\n'), resolveDir: join(root, 'lib'), sourcefile: 'lib/extras.ts', loader: 'ts' },
  outfile: join(root, 'build', 'lib', EXTRAS_CHUNK),
  plugins: [lazyModules(LAZY), fromEntry],
});
await build(mainOptions([...shared].sort()));

// An app a bundler (esbuild, webpack, ...) makes into one file cannot read the bundles above from
// this folder: the entry then takes build/lib/index-all.js, the whole library as one plain CommonJS
// module (no chunks, no compile cache), which the app's bundler follows from the entry's require
// and copies in with the library's dependencies.
const ALL = 'index-all.js';
await build({ ...common, sourcemap: false, entryPoints: [join(root, 'lib', 'index.ts')], outfile: join(root, 'build', 'lib', ALL) });
checkAscii(ALL, readFileSync(join(root, 'build', 'lib', ALL), 'utf8'));

// build/lib/index.js, the package's entry, loads the bundle through the compile cache
// (lib/compile-cache.ts), the same way the bundle loads its chunks. It ends with the export names
// written out, in the form Node's ESM loader reads from a CommonJS file (as esbuild marks them), so
// `import { Task } from 'cdk8s-tekton'` keeps working.
const names = Object.keys(require(join(root, 'build', 'lib', 'index.js')));
writeFileSync(join(root, 'build', 'lib', 'index.js'), `'use strict';
// The package's entry: the library's bundle, ${CORE}, loaded through the compile cache; in an app
// bundled into one file, ${ALL}, which the app's bundler copied in.
module.exports = require('./compile-cache.js').loadBundle(${JSON.stringify(CORE)}, () => require('./${ALL}'));
0 && (module.exports = { ${names.join(', ')} });
`);
rmSync(join(root, 'build', 'lib', 'index.js.map'));

// Each bundle must be ASCII: Node reads a file with one character beyond ASCII as two-byte text,
// which takes longer to read and compile (about 0.7 ms for the validation chunk). esbuild escapes
// strings but not regular expression literals, so write \uXXXX in the source there.
function checkAscii(file, text) {
  const at = text.search(/[^\x00-\x7f]/);
  if (at >= 0) throw new Error(`build/lib/${file} holds ${JSON.stringify(text[at])} (U+${text.codePointAt(at).toString(16).toUpperCase().padStart(4, '0')}) near ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}: write it as a \\u escape in the source, so the bundle stays ASCII`);
}
checkAscii('index.js', readFileSync(join(root, 'build', 'lib', 'index.js'), 'utf8'));

// Each bundle the compile cache loads carries a fingerprint of its text, which names its cache: V8
// checks no more than the length of the source a cache was made from, and a cache used with another
// text of that length would run the other text's code.
const { fingerprintLine } = require(join(root, 'build', 'lib', 'compile-cache.js'));
for (const file of [CORE, ...LAZY.map((l) => l.chunk), EXTRAS_CHUNK]) {
  const path = join(root, 'build', 'lib', file);
  const text = readFileSync(path, 'utf8');
  checkAscii(file, text);
  const map = text.lastIndexOf('//# sourceMappingURL=');
  const mark = fingerprintLine(createHash('sha256').update(text).digest('hex').slice(0, 16));
  writeFileSync(path, map < 0 ? text + mark : text.slice(0, map) + mark + text.slice(map));
}

// The CLI runs on tsc's files (build/lib/cli/); its validation engine is the chunk too, one file
// instead of the 40 modules tsc wrote for lib/validate/ and lib/facts/ (`validate` of the 152
// examples about a tenth faster in wall time). Modules that import one rule file directly, not the
// engine's entry, keep tsc's copy of it; the rules hold no state between runs.
writeFileSync(join(root, 'build', 'lib', 'validate', 'index.js'), `'use strict';
// The validation engine: build/lib/index-validate.js, the same file the package entry loads.
module.exports = require('../index-validate.js');
`);
rmSync(join(root, 'build', 'lib', 'validate', 'index.js.map'));
