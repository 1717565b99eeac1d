// The CEL environment of Pipelines-as-Code's on-cel-expression and of its
// `{{ body.x }}` / `{{ cel: ... }}` placeholders, on the cel-js evaluator: the
// variables event, event_type, event_title, target_branch, source_branch, target_url, source_url,
// body, headers, files (all, added, deleted, modified, renamed) and pac, and the member function
// pathChanged() that matches a glob against the changed files with PaC's glob meaning.
import type * as Cel from '@marcbachmann/cel-js';
import { Glob } from './pac-glob';

/** What a PaC CEL expression sees. */
export interface PacCelContext {
  readonly event: string;
  readonly event_type: string;
  readonly event_title: string;
  readonly target_branch: string;
  readonly source_branch: string;
  readonly target_url: string;
  readonly source_url: string;
  readonly body: unknown;
  /** Header names lower-cased, first value each (as PaC builds the map for on-cel-expression). */
  readonly headers: Record<string, string>;
  readonly files: { readonly all: string[]; readonly added: string[]; readonly deleted: string[]; readonly modified: string[]; readonly renamed: string[] };
  /** The standard variables by name, for `{{ cel: pac.x }}`. */
  readonly pac: Record<string, string>;
}

/**
 * The environment for one event: pathChanged() reads `changed`. A glob gobwas/glob refuses
 * makes PaC's MustCompile panic; here it is an evaluation error that names the glob.
 */
export function pacCelEnvironment(changed: readonly string[]): Cel.Environment {
  // Loaded on first use, as validate/cel.ts does: the evaluator is an ES module graph most apps never need.
  const { Environment } = require('@marcbachmann/cel-js') as typeof Cel;
  return new Environment({ homogeneousAggregateLiterals: false })
    .registerVariable('event', 'string')
    .registerVariable('event_type', 'string')
    .registerVariable('event_title', 'string')
    .registerVariable('target_branch', 'string')
    .registerVariable('source_branch', 'string')
    .registerVariable('target_url', 'string')
    .registerVariable('source_url', 'string')
    .registerVariable('body', 'map')
    .registerVariable('headers', 'map')
    .registerVariable('files', 'map')
    .registerVariable('pac', 'map')
    .registerFunction('string.pathChanged(): bool', (pattern: string) => {
      const glob = Glob.compile(pattern);
      return changed.some((f) => glob.matches(f));
    });
}
