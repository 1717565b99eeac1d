// PaC's glob meaning (gobwas/glob compiled with no separator), row by row: the table of issue 17,
// then the rest of gobwas/glob's syntax and the patterns it refuses.
import { describe, expect, it } from 'vitest';
import { Glob, globMatches, PacPath } from '../../lib';
import { globSyntaxError, shellDifference } from '../../lib/facts/pac-glob';
import { branchMatch } from '../../lib/simulate/pac';

describe('PaC glob: the table of the issue', () => {
  const rows: Array<[string, string, boolean]> = [
    ['docs/*.md', 'docs/x/y.md', true],
    ['docs/*.md', 'docs/a.md', true],
    ['docs/**/*.md', 'docs/a.md', false],
    ['docs/**/*.md', 'docs/x/a.md', true],
    ['services/loyalty*', 'services/loyalty-v2/x', true],
    ['services/loyalty*', 'services/loyalty/src/app.ts', true],
    ['*', 'services/loyalty/src/app.ts', true],
    ['**', 'services/loyalty/src/app.ts', true],
    ['***', 'services/loyalty/src/app.ts', true],
    ['docs/***', 'docs/a/b/c.md', true],
    ['***.go', 'cmd/server/main.go', true],
    ['services/loyalty/**', 'services/loyalty/src/app.ts', true],
    ['services/loyalty/**', 'services/loyalty-v2/src/app.ts', false],
    ['services/loyalty/**', 'tools/services/loyalty/seed.sql', false],
  ];
  it.each(rows)('%s on %s: %s', (pattern, path, expected) => {
    expect(globMatches(pattern, path)).toBe(expected);
  });
});

describe('PaC glob: gobwas/glob syntax', () => {
  const rows: Array<[string, string, boolean]> = [
    ['file-?.txt', 'file-a.txt', true],
    ['file-?.txt', 'file-ab.txt', false],
    ['a?b', 'a/b', true],
    ['[abc].md', 'b.md', true],
    ['[abc].md', 'd.md', false],
    ['[!abc].md', 'd.md', true],
    ['[!abc].md', 'a.md', false],
    ['v[0-9].txt', 'v7.txt', true],
    ['v[!0-9].txt', 'vx.txt', true],
    ['v[!0-9].txt', 'v7.txt', false],
    ['{api,web}/**', 'web/index.ts', true],
    ['{api,web}/**', 'cli/index.ts', false],
    ['{*.md,docs/{a,b}/*}', 'docs/b/x', true],
    ['{*.md,docs/{a,b}/*}', 'docs/c/x', false],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
    ['\\[x]', '[x]', true],
    ['a,b', 'a,b', true],
    ['x}', 'x}', true],
    ['{a,b', 'b', true],
    ['main', 'main', true],
    ['ma', 'main', false],
    ['', '', true],
    ['*.ts', 'λ/δ.ts', true],
    ['?', 'λ', true],
  ];
  it.each(rows)('%s on %s: %s', (pattern, path, expected) => {
    expect(globMatches(pattern, path)).toBe(expected);
  });

  it('refuses what gobwas/glob refuses, with the reason', () => {
    expect(globSyntaxError('v[a-z0-9]')).toBe('a range [a-z] must be closed right after it ("]"), not followed by "0": gobwas/glob takes one range or one list of characters per [...]');
    expect(globSyntaxError('[]')).toBe('an empty [] matches nothing and gobwas/glob refuses it');
    expect(globSyntaxError('docs/[ab')).toBe('unexpected end of input inside [...]: close it with "]"');
    expect(globSyntaxError('[z-a]')).toBe('in [z-a] the high character "a" is lower than the low one "z"');
    expect(globSyntaxError('docs/**')).toBeUndefined();
    expect(globMatches('[]', '')).toBe(false);
  });

  it('matches in time linear in the path: 40 stars against a path of 5000 characters that fails at the end', () => {
    // A backtracking matcher takes exponential time on this pair and would never finish.
    const glob = Glob.compile(`${'a*'.repeat(40)}b`);
    expect(glob.matches(`${'a'.repeat(5000)}c`)).toBe(false);
    expect(glob.matches(`${'a'.repeat(5000)}b`)).toBe(true);
  });
});

describe('PaC branch matching (branchMatch)', () => {
  const rows: Array<[string, string, boolean]> = [
    ['main', 'refs/heads/main', true],
    ['main', 'main', true],
    ['refs/heads/main', 'main', true],
    ['main', 'refs/tags/main', false],
    ['refs/tags/1.*', 'refs/tags/1.4.0', true],
    ['refs/heads/*', 'refs/heads/feature/x', true],
    ['release-*', 'refs/heads/release-2026/q4', true],
  ];
  it.each(rows)('%s on %s: %s', (pattern, base, expected) => {
    expect(branchMatch(pattern, base)).toBe(expected);
  });
});

describe('PacPath and the shell', () => {
  it('folder() matches the folder and nothing beside it, escaping glob characters', () => {
    expect(PacPath.folder('services/loyalty/').pattern).toBe('services/loyalty/**');
    expect(PacPath.folder('apps/[legacy]').pattern).toBe('apps/\\[legacy\\]/**');
    expect(globMatches(PacPath.folder('apps/[legacy]').pattern, 'apps/[legacy]/x')).toBe(true);
    expect(globMatches(PacPath.folder('apps/[legacy]').pattern, 'apps/l/x')).toBe(false);
    expect(() => PacPath.folder('/srv')).toThrow('PacPath.folder: "/srv" is not a folder of the repository; give its path from the repository root, such as "services/loyalty/"');
    expect(PacPath.file('go.mod').pattern).toBe('go.mod');
    expect(() => PacPath.glob('v[a-z0-9]')).toThrow('PacPath.glob: "v[a-z0-9]" is not a glob PaC can compile: a range [a-z] must be closed right after it ("]"), not followed by "0": gobwas/glob takes one range or one list of characters per [...]. Fix the pattern (gobwas/glob syntax: *, ?, [abc], [a-z], [!a-z], {a,b}, \\ escapes)');
  });

  it('says how a glob differs from the shell where it matters', () => {
    expect(shellDifference('services/loyalty*')).toBe('"*" crosses "/", so "services/loyalty*" matches every path that starts with "services/loyalty", sibling folders and their files included (such as "services/loyalty-v2/x")');
    expect(shellDifference('docs/**/*.md')).toBe('"**/" needs one more "/" in the path, so "docs/**/*.md" does not match files directly in the folder before it (such as "docs/a.md"), which a shell\'s globstar does');
    expect(shellDifference('docs/*.md')).toBe('"*" crosses "/", so "docs/*.md" also matches files in sub-folders (as "**" does in a shell)');
    expect(shellDifference('services/loyalty/**')).toBeUndefined();
    expect(shellDifference('*.md')).toBeUndefined();
    expect(shellDifference('main')).toBeUndefined();
  });
});
