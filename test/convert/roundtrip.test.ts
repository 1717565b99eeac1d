// The README's session, run for real: the module convert writes for old YAML compiles under tsc
// --strict, synthesizes, and converting what it synthesized gives the same module back.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../lib/convert';
import { compile, projectDir, synth } from '../support/converted';

const ROOT = resolve(__dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = README.slice(README.indexOf('## Bringing existing YAML'));
const yaml = /```yaml\n([\s\S]*?)```/.exec(section)![1];
const module = /`ci\.ts`:\n\n```ts\n([\s\S]*?)```/.exec(section)![1];

describe('cdk8s-tekton convert: the README session', () => {
  const dir = projectDir();
  writeFileSync(join(dir, 'ci.yaml'), yaml);
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'cdk8s-tekton.js'), 'convert', 'ci.yaml', '-o', 'ci.ts'], { cwd: dir, encoding: 'utf8' });

  it('prints what the README shows and writes the module it shows', () => {
    expect(r.stderr).toBe('converted 2 objects from 1 file into ci.ts: 7 migrations, 0 escape hatches (marked // convert:)\n');
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'ci.ts'), 'utf8')).toBe(module);
  });

  it('compiles under tsc --strict, synthesizes, and converts back to the same module', () => {
    expect(compile(dir, new Map([['ci.ts', module]]))).toBe('');
    const docs = synth(dir, 'ci.ts', 'CiChart') as Record<string, unknown>[];
    expect(docs.map((d) => `${d.kind} ${(d.metadata as { name: string }).name}`)).toEqual(['Task build', 'PipelineRun ci']);
    const again = convert(docs, { chartName: 'CiChart', sources: ['ci.yaml'] });
    // The second conversion has nothing to migrate, so it differs only by the `// migrated:` comments.
    const code = (text: string) => text.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
    expect(code(again.code)).toBe(code(module));
  });
});
