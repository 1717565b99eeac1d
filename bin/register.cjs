// `node -r cdk8s-tekton/register main.ts`: runs a cdk8s app written in TypeScript without compiling
// it first. Each .ts file is turned into JavaScript by esbuild when it is first required; nothing is
// type-checked here (a project's `npm test` runs TypeScript for that), so the app starts about as
// fast as its precompiled JavaScript would. The app command `cdk8s-tekton init` writes, and this
// repository's own (through scripts/register-ts.cjs).
//
// What esbuild made of a file is kept in .cache/ beside this file, one entry per .ts file, under a
// hash of everything the output depends on (this hook, esbuild's version, the target, the file's
// path and its text): a file whose text changed is compiled again, and a process whose files are
// all in the cache reads esbuild's version but does not load its API. Whoever can write in that
// folder can already change this package's code. A folder that cannot be written only means
// compiling each time; NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch for its compile cache)
// turns the cache off, and NODE_DEBUG=cdk8s-tekton says what each file took.
'use strict';
const { createHash } = require('node:crypto');
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { debuglog } = require('node:util');

/** Changed whenever what the hook writes changes, so that older entries are not used. */
const HOOK_VERSION = '2';
const CACHE_DIR = join(__dirname, '.cache');
const caching = process.env.NODE_DISABLE_COMPILE_CACHE !== '1';
const target = `node${process.versions.node.split('.')[0]}`;
const log = debuglog('cdk8s-tekton');

const NOT_INSTALLED = 'cdk8s-tekton/register compiles TypeScript with esbuild, which is not installed here. Fix: npm install --save-dev esbuild';

/** esbuild's API, loaded on first use: a process whose files are all in the cache never loads it. */
function esbuild() {
  try {
    return require('esbuild');
  } catch (e) {
    if (e && e.code === 'MODULE_NOT_FOUND') throw new Error(NOT_INSTALLED);
    throw e;
  }
}

/** esbuild's version, from its package.json (cheap), or from its API should the package not expose that file. */
function esbuildVersionOf() {
  try {
    return require('esbuild/package.json').version;
  } catch {
    return esbuild().version;
  }
}

let esbuildVersion;
let transformSync;

/** The JavaScript of `filename` (text `source`), with its source map inline. */
function compile(source, filename) {
  transformSync ??= esbuild().transformSync;
  // The source map goes inline, so `node --enable-source-maps` reports lines of the .ts file.
  return transformSync(source, { loader: 'ts', format: 'cjs', target, sourcefile: filename, sourcemap: 'inline' }).code;
}

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/**
 * The most entries the cache keeps. An entry is replaced when its file changes, but one of a file
 * that was removed or moved stays: past this many, the first process that compiles a file empties
 * the folder, and each file is compiled again once.
 */
const MAX_ENTRIES = 10000;
let pruned = false;

function pruneOnce() {
  if (pruned) return;
  pruned = true;
  const entries = readdirSync(CACHE_DIR);
  if (entries.length <= MAX_ENTRIES) return;
  for (const entry of entries) if (/\.js$|\.tmp$/.test(entry)) rmSync(join(CACHE_DIR, entry), { force: true });
  log('register: the cache held %d entries, more than %d; emptied', entries.length, MAX_ENTRIES);
}

/** The JavaScript of `filename`, from the cache when its entry was made from the same inputs. */
function cached(source, filename) {
  esbuildVersion ??= esbuildVersionOf();
  const header = `//${sha256([HOOK_VERSION, esbuildVersion, target, filename, source].join('\0'))}\n`;
  const entry = join(CACHE_DIR, `${sha256(filename).slice(0, 32)}.js`);
  try {
    const text = readFileSync(entry, 'utf8');
    if (text.startsWith(header)) {
      log('register: %s from the cache', filename);
      return text.slice(header.length);
    }
  } catch {
    // No entry yet.
  }
  const code = compile(source, filename);
  const temp = `${entry}.${process.pid}.tmp`;
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    pruneOnce();
    writeFileSync(temp, header + code);
    renameSync(temp, entry);
    log('register: %s compiled and cached', filename);
  } catch (e) {
    log('register: %s compiled; the cache cannot be written (%s)', filename, e.message);
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing was written.
    }
  }
  return code;
}

require.extensions['.ts'] = (module, filename) => {
  const source = readFileSync(filename, 'utf8');
  module._compile(caching ? cached(source, filename) : compile(source, filename), filename);
};
