// How the commands print what they found, in one place: a path, a problem with an input file, a
// rule's problem in JSON, a usage error, and the escaping that keeps bytes from the files (names,
// values, paths) from reaching a terminal or a JSON consumer raw. validate, simulate, simulate
// --pac, graph, convert and secrets print through these, so the same problem reads the same way
// whichever command found it.
import { relative } from 'node:path';
import type { Problem } from '../validate/types';
import type { InputProblem } from './validate-read';

/** A path as printed: relative to the working directory when that is shorter, and cut when it is absurdly long. */
export function shown(file: string): string {
  const rel = relative(process.cwd(), file) || file;
  const text = rel.length < file.length ? rel : file;
  return text.length > 240 ? `${text.slice(0, 120)}...${text.slice(-60)} (a name of ${text.length} characters)` : text;
}

/**
 * Text for a terminal or CI log: control characters from the files (names, values, paths) are
 * written as escapes, so no ESC, CR or C1 control reaches the terminal raw. Tabs and the line
 * breaks a command writes itself stay.
 */
export function printable(text: string): string {
  return text.replace(/[\x00-\x08\x0B-\x1F\x7F-\x9F]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** JSON, indented, with DEL and the C1 controls escaped too (JSON.stringify leaves them raw). */
export function printableJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\x7F-\x9F]/g, (c) => `\\u00${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `file:line: message. Fix: fix` for a file that could not be read or parsed. */
export function inputProblemText(e: InputProblem): string {
  return `${shown(e.file)}${e.line === undefined ? '' : `:${e.line}`}: ${e.message}. Fix: ${e.fix}`;
}

/** Every input problem, one line each, for standard error. */
export function inputProblemsText(errors: readonly InputProblem[]): string {
  return errors.map((e) => `${inputProblemText(e)}\n`).join('');
}

/**
 * For the commands that need every file (convert, secrets): prints the first file that could not
 * be read, with its path as given, and says whether there was one.
 */
export function stopAtUnreadable(command: string, problems: readonly InputProblem[], err: (s: string) => void): boolean {
  const [unreadable] = problems;
  if (unreadable) err(`cdk8s-tekton ${command}: ${unreadable.file}: ${unreadable.message}. Fix: ${unreadable.fix}\n`);
  return unreadable !== undefined;
}

/** An input problem as an entry of a command's JSON `problems`. */
export function inputProblemJson(e: InputProblem): Record<string, unknown> {
  return { file: shown(e.file), ...(e.line === undefined ? {} : { line: e.line }), rule: e.rule, message: e.message, fix: e.fix };
}

/** A rule's problem as the tail of an entry of a command's JSON `problems` (the command puts where it was first). */
export function problemJson(p: Problem): Record<string, unknown> {
  return { resource: p.resource, field: p.field, ...(p.value === undefined ? {} : { value: p.value }), message: p.message, fix: p.fix, rule: p.rule, severity: p.severity ?? 'error' };
}

/** Prints a usage error with the command's help text; returns the usage exit code, 2. */
export function usageError(command: string, help: string, message: string, err: (s: string) => void): number {
  err(`cdk8s-tekton ${command}: ${message}\n\n${help}`);
  return 2;
}
