// The shell parser behind the script tag: the tree-sitter-bash grammar compiled to WebAssembly and
// run by web-tree-sitter, so installing the package compiles nothing natively. A `script` tag runs
// at construct time, inside a synchronous synth, so the parser must load synchronously; it is
// loaded on first use only, so apps whose scripts interpolate nothing never load it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import type { Language, Node, Parser } from 'web-tree-sitter';

export type SyntaxNode = Node;

/** The grammar file: the build copies it next to this module; a source checkout reads the dev dependency's. */
const GRAMMAR = 'tree-sitter-bash.wasm';

let parser: Parser | undefined;

/**
 * web-tree-sitter's `Parser.init` and `Language.load` are async functions even though, with the
 * WebAssembly bytes in hand, nothing in them waits for I/O. Evaluated in a vm context whose
 * microtasks run when each evaluation returns, and whose `WebAssembly.instantiate` compiles
 * synchronously (Node allows that for modules of any size), both settle before `runInContext`
 * returns. The library's files are read as shipped, not changed.
 */
function loadParser(): Parser {
  const entry = require.resolve('web-tree-sitter');
  const own = join(__dirname, GRAMMAR);
  const context = createContext(
    {
      console,
      TextDecoder,
      performance,
      runtime: readFileSync(join(dirname(entry), 'tree-sitter.wasm')),
      grammar: readFileSync(existsSync(own) ? own : require.resolve(`tree-sitter-bash/${GRAMMAR}`)),
    },
    { microtaskMode: 'afterEvaluate', codeGeneration: { strings: false, wasm: true } },
  );
  const wrapper = runInContext(`(function (exports, require, module, __filename, __dirname) {${readFileSync(entry, 'utf8')}\n})`, context, { filename: entry });
  const library: { exports: typeof import('web-tree-sitter') } = { exports: {} as typeof import('web-tree-sitter') };
  wrapper(library.exports, require, library, entry, dirname(entry));
  context.library = library.exports;
  runInContext(
    `const Wasm = WebAssembly;
    globalThis.WebAssembly = Object.assign(Object.create(Wasm), {
      instantiate(bytes, imports) {
        const module = new Wasm.Module(bytes);
        return Promise.resolve({ module, instance: new Wasm.Instance(module, imports) });
      },
    });
    globalThis.loaded = {};
    library.Parser.init({
      instantiateWasm(imports, done) {
        const module = new Wasm.Module(runtime);
        done(new Wasm.Instance(module, imports), module);
        return {};
      },
    })
      .then(() => library.Language.load(new Uint8Array(grammar)))
      .then((language) => { loaded.language = language; }, (error) => { loaded.error = error; });`,
    context,
  );
  const loaded = context.loaded as { language?: Language; error?: unknown };
  if (!loaded.language) throw new Error(`cannot load the shell parser (web-tree-sitter with ${GRAMMAR}): ${String(loaded.error ?? 'it did not finish loading synchronously')}`);
  const created = new library.exports.Parser();
  created.setLanguage(loaded.language);
  return created;
}

/**
 * Parses a script as bash (a superset of the POSIX sh that dash reads) and hands `use` the syntax
 * tree's root. The tree lives in WebAssembly memory, which no garbage collector frees, so it is
 * deleted when `use` returns: no node may be kept past it.
 */
export function withShellTree<T>(text: string, use: (root: SyntaxNode) => T): T {
  parser ??= loadParser();
  const tree = parser.parse(text);
  if (!tree) throw new Error('the shell parser returned no tree');
  try {
    return use(tree.rootNode);
  } finally {
    tree.delete();
  }
}

/** The children of `node`; web-tree-sitter types them as nullable, but a child in range always exists. */
export function childrenOf(node: SyntaxNode): SyntaxNode[] {
  return node.children as SyntaxNode[];
}

/** The named children of `node`, as `childrenOf`. */
export function namedChildrenOf(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren as SyntaxNode[];
}

/** The first node with a syntax error (or a missing token) under `node`, depth first. */
export function firstError(node: SyntaxNode): SyntaxNode | undefined {
  if (node.type === 'ERROR' || node.isMissing) return node;
  for (const child of childrenOf(node)) {
    if (child.hasError || child.isMissing) return firstError(child) ?? child;
  }
  return undefined;
}

/** The file name of a command word: `/usr/bin/python3` -> `python3`. */
export function programName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

/** Quotes `text` as one single-quoted shell word. */
export function singleQuoted(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
