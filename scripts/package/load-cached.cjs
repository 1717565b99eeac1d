'use strict';
// Loads the package's bundles (build/lib/index-main.js and the chunks it loads on first use) with
// V8 code caches written by `npm run build`: a fresh process then skips parsing and compiling the
// code the cache holds, about a tenth of a small app's whole run. Copied to build/lib/load-cached.js.
//
// A cache is used only when it was made by this very Node.js version from this very source (its
// header holds both; V8 itself checks only the source's length), so an edited bundle or another
// Node.js compiles as if there were no cache. Nothing is written at run time: the caches are made
// by the build (CDK8S_TEKTON_CODE_CACHE=write, scripts/code-cache.mjs), for the Node.js it runs on.
const { createHash } = require('node:crypto');
const { readFileSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

const WRITE = process.env.CDK8S_TEKTON_CODE_CACHE === 'write';
const MAGIC = 'cdk8s-tekton code cache 1';
/** The scripts compiled by this process, when the build asks for their caches. */
const compiled = [];

function header(source) {
  return `${MAGIC}\n${process.version}\n${createHash('sha256').update(source).digest('hex')}\n`;
}

/** The cache for `source` from `file`, or undefined when there is none that fits. */
function cacheFor(file, source) {
  let data;
  try {
    data = readFileSync(`${file}.v8cache`);
  } catch {
    return undefined;
  }
  const expected = Buffer.from(header(source));
  return data.length > expected.length && data.subarray(0, expected.length).equals(expected) ? data.subarray(expected.length) : undefined;
}

/** Runs the CommonJS module `file` as Node's loader would, from its code cache when one fits; returns its exports. */
function load(file, parent) {
  // One instance per file, shared with require() as Node's loader would (its classes stay one class).
  const known = require.cache[file];
  if (known !== undefined) return known.exports;
  const source = readFileSync(file, 'utf8');
  const cachedData = WRITE ? undefined : cacheFor(file, source);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, parent);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(dirname(file));
  require.cache[file] = mod;
  try {
    script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, dirname(file));
  } catch (e) {
    delete require.cache[file];
    throw e;
  }
  mod.loaded = true;
  if (WRITE) compiled.push({ file, source, script });
  return mod.exports;
}

if (WRITE) {
  // After the build's sample app has run, so the caches hold the functions it compiled on the way.
  process.on('exit', () => {
    for (const { file, source, script } of compiled) writeFileSync(`${file}.v8cache`, Buffer.concat([Buffer.from(header(source)), script.createCachedData()]));
  });
}

module.exports = { load };
