// The shell parser behind the script tag: tree-sitter-bash through tree-sitter's Node binding,
// which parses synchronously (a `script` tag runs at construct time, inside a synchronous synth).
// It is loaded on first use only, so apps whose scripts interpolate nothing never load it.
import type Parser from 'tree-sitter';

export type SyntaxNode = Parser.SyntaxNode;

let parser: Parser | undefined;

/** The syntax tree of a script, parsed as bash (a superset of the POSIX sh that dash reads). */
export function parseShell(text: string): SyntaxNode {
  if (!parser) {
    const TreeSitter = require('tree-sitter') as typeof Parser;
    parser = new TreeSitter();
    parser.setLanguage(require('tree-sitter-bash'));
  }
  return parser.parse(text).rootNode;
}

/** The first node with a syntax error (or a missing token) under `node`, depth first. */
export function firstError(node: SyntaxNode): SyntaxNode | undefined {
  if (node.type === 'ERROR' || node.isMissing) return node;
  for (const child of node.children) {
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
