// The README's TypeScript blocks are complete programs: each compiles on its own with tsc (strict,
// as the repository compiles), importing 'cdk8s-tekton' from this repository's lib/ as a user
// imports the package. A block that uses a name it does not define or import fails here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Each ```ts block with the line it starts on. */
const blocks = [...README.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => ({ line: README.slice(0, m.index).split('\n').length, code: m[1] }));

// Inside the repository (build/ is git-ignored) so that cdk8s and constructs resolve from its node_modules.
mkdirSync(join(ROOT, 'build'), { recursive: true });
const dir = mkdtempSync(join(ROOT, 'build', 'readme-blocks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README.md TypeScript blocks', () => {
  it('has the blocks this test was written for: quick start, credentials, triggers, the output of convert, Pipelines-as-Code, Orka', () => {
    expect(blocks.length).toBe(6);
  });

  it('compiles each block as a program of its own (tsc --noEmit, strict)', () => {
    const files = blocks.map((b, i) => {
      const name = `block-${i + 1}-line-${b.line}.ts`;
      writeFileSync(join(dir, name), b.code);
      return name;
    });
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['ES2022'], types: ['node'], strict: true,
        noUnusedLocals: true, esModuleInterop: true, skipLibCheck: true, noEmit: true,
        paths: { 'cdk8s-tekton': [join(ROOT, 'lib', 'index.ts')] },
      },
      files,
    }));
    let output = '';
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir, encoding: 'utf8' });
    } catch (e) {
      output = (e as { stdout: string }).stdout;
    }
    // Every error but those inside lib/, which npm test type-checks itself (a broken tsconfig counts too).
    const errors = output.split('\n').filter((l) => /error TS\d+/.test(l) && !l.startsWith('../../lib/'));
    expect(errors, `README.md blocks that do not compile (block-<n>-line-<README line>):\n${errors.join('\n')}`).toEqual([]);
  });
});
