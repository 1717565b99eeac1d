// Loads the package's bundles (build/lib/index-*.js) with V8's code cache. A fresh process
// otherwise parses and compiles the same 400 KB of JavaScript each time it runs, a tenth of a
// 10-task program's wall time (BENCHMARKS.md section 8). The cache is the bytecode V8 made for the
// functions the first process ran, written when that process exits and read by the next.
//
// It lives beside the bundles, in build/lib/.cache/: whoever can write there can already change the
// package's code, so the cache trusts no one the package does not, and reinstalling or upgrading
// the package (which replaces the folder) drops it with the files it was made from. V8 checks only
// that a cache was made from a source of the same length, so a cache file is named after the
// fingerprint `npm run build` wrote at the end of the bundle (a hash of its text), the bundle's size
// and modification time (a bundle edited in place, as patch-package does, gets a new one), and
// Node's V8 and the CPU. A bundle without the fingerprint is loaded by Node as any module is. V8
// refuses data made by another V8 or with other flags, and the file is then written again. Nothing
// here can fail a load: a folder that cannot be written, or a file that cannot be read, only means
// the next process compiles as before.
//
// NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch for its compile cache) turns it off; so does
// --enable-source-maps, which needs Node's own loader to map stack traces. NODE_DEBUG=cdk8s-tekton
// says on stderr what each load did.
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { basename, dirname, join } from 'node:path';
import { debuglog } from 'node:util';
import { Script } from 'node:vm';

const CACHE_DIR = join(__dirname, '.cache');
/** The fingerprint scripts/build.mjs writes near the end of each bundle (the line fingerprintLine makes). */
const BUILD_MARK = /\/\/# cdk8s-tekton-build=([0-9a-f]{16})\n/;

/** The line that carries a bundle's fingerprint (16 hex digits of a hash of its text); the build writes it. */
export function fingerprintLine(fingerprint: string): string {
  return `//# cdk8s-tekton-build=${fingerprint}\n`;
}

interface Pending {
  readonly script: Script;
  /** The bundle's name, and the start of the names of its caches made from this very file. */
  readonly name: string;
  readonly current: string;
  readonly file: string;
}
const pending: Pending[] = [];

const log = debuglog('cdk8s-tekton');
function debug(message: string): void {
  log('compile cache: %s', message);
}

/** Node's internals the loader needs, present on every Node this package supports (>= 20.19). */
interface ModuleInternals {
  new (id: string, parent?: NodeModule): NodeModule;
  _nodeModulePaths(dir: string): string[];
}

/** What a bundle's text evaluates to as a script: the function a CommonJS module's body is wrapped in. */
type ModuleFunction = (exports: unknown, require: NodeJS.Require, module: NodeModule, filename: string, dirname: string) => void;

/**
 * True when this module runs from its own file (the package's build/lib/compile-cache.js, or the
 * source beside it); false when an app's bundler (esbuild, webpack, ...) copied it into the app's
 * own bundle, where the package's files are not beside it.
 */
const IN_PACKAGE = /^compile-cache\.[cm]?[jt]s$/.test(basename(__filename));

/**
 * The exports of bundle `name` (a file in this folder), loaded once per process: a module already
 * in `require.cache` (loaded by this function or by a plain `require` of the same file) is returned
 * as it is, so each bundle is one module and its classes one class.
 *
 * In an app that a bundler made into one file, the bundles are not there to read: `inApp` (the
 * package entry's `require` of build/lib/index-all.js, the whole library as one plain module,
 * which the bundler follows and copies in) gives the exports instead.
 */
export function loadBundle(name: string, inApp?: () => unknown): unknown {
  if (!IN_PACKAGE) {
    if (inApp !== undefined) return inApp();
    throw new Error(`cdk8s-tekton's ${name} is not beside ${__filename}: the package was bundled into an app without its entry (build/lib/index.js); import the package by its name, or mark cdk8s-tekton as external in the bundler`);
  }
  const filename = join(__dirname, name);
  const loaded = require.cache[filename];
  if (loaded !== undefined) return loaded.exports;
  if (process.env.NODE_DISABLE_COMPILE_CACHE === '1' || process.sourceMapsEnabled) return require(filename);
  const M = Module as unknown as ModuleInternals;
  // One open for the text and the size and mtime that name its cache, so both are of the same file.
  const fd = openSync(filename, 'r');
  let source: string;
  let size: number;
  let mtimeMs: number;
  try {
    ({ size, mtimeMs } = fstatSync(fd));
    source = readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
  const build = BUILD_MARK.exec(source.slice(-200))?.[1];
  if (build === undefined) {
    debug(`${name}: no build fingerprint at its end, loaded without the cache`);
    return require(filename);
  }
  const current = `${name}-${build}-${size}-${Math.trunc(mtimeMs)}-`;
  const file = join(CACHE_DIR, `${current}v8-${process.versions.v8}-${process.arch}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(file);
  } catch {
    debug(`${name}: no cache yet`);
  }
  // The build wrote the bundle as one function expression (scripts/build.mjs, asLoadable): its text
  // is compiled as it is, without a wrapper joined to it.
  const script = new Script(source, { filename, cachedData });
  if (cachedData !== undefined && !script.cachedDataRejected) debug(`${name}: compiled from the cache`);
  else {
    if (cachedData !== undefined) debug(`${name}: V8 refused the cache, it is written again`);
    if (pending.length === 0) process.once('exit', writeCaches);
    pending.push({ script, name, current, file });
  }
  const mod = new M(filename, module);
  mod.filename = filename;
  mod.paths = M._nodeModulePaths(dirname(filename));
  require.cache[filename] = mod;
  try {
    const load = script.runInThisContext() as ModuleFunction | undefined;
    if (typeof load !== 'function') throw new Error(`${filename} is not a bundle built by npm run build (its text is not one function expression); rebuild the package, or set NODE_DISABLE_COMPILE_CACHE=1 to load it as a module`);
    load.call(mod.exports, mod.exports, Module.createRequire(filename), mod, filename, dirname(filename));
  } catch (err) {
    delete require.cache[filename];
    const at = pending.findIndex((p) => p.script === script);
    if (at >= 0) pending.splice(at, 1);
    throw err;
  }
  mod.loaded = true;
  return mod.exports;
}

/**
 * At exit, when the functions the process ran are compiled: their bytecode, for the next process.
 * Only a process that synthesized (it loaded the validation engine) writes: a cache holds the
 * functions of the process that wrote it, and one written by a process that only loaded the
 * library would leave every later synth compiling the rest.
 */
function writeCaches(): void {
  if (require.cache[join(__dirname, 'index-validate.js')] === undefined) {
    debug('nothing is written: this process did not synthesize');
    return;
  }
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
  } catch (err) {
    debug(`${CACHE_DIR} cannot be made (${(err as Error).message}); nothing is written`);
    return;
  }
  const written = pending.splice(0);
  for (const { script, file } of written) {
    const temp = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, file);
      debug(`wrote ${file}`);
    } catch (err) {
      rmSync(temp, { force: true });
      debug(`${file} cannot be written (${(err as Error).message})`);
    }
  }
  // Caches of an earlier version of a bundle (edited in place since) can never be read again.
  // Those of other Node versions stay: a machine may run several.
  try {
    for (const entry of readdirSync(CACHE_DIR)) {
      const stale = written.some(({ name, current }) => entry.startsWith(`${name}-`) && !entry.startsWith(current) && entry.endsWith('.bin'));
      if (stale) {
        rmSync(join(CACHE_DIR, entry), { force: true });
        debug(`removed ${join(CACHE_DIR, entry)}, made from an earlier version of the bundle`);
      }
    }
  } catch (err) {
    debug(`${CACHE_DIR} cannot be read (${(err as Error).message})`);
  }
}
