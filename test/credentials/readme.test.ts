// The README's loyalty-build section shows the program as users write it (importing
// 'cdk8s-tekton') and the output of `cdk8s-tekton secrets`: both must be what the repository runs.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/secrets';

const ROOT = resolve(__dirname, '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README credentials section', () => {
  it('shows examples/loyalty-build/app.ts exactly, with the package import', () => {
    const block = [...README.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]).find((code) => code.includes('GitSshSecret.fromSecretName'));
    expect(block).toBeDefined();
    expect(block!.replace("from 'cdk8s-tekton';", "from '../../lib';")).toBe(readFileSync(join(ROOT, 'examples/loyalty-build/app.ts'), 'utf8'));
  });

  it('shows what `cdk8s-tekton secrets` prints for the example', async () => {
    const shown = /npx cdk8s-tekton secrets dist\/\n([\s\S]*?)```/.exec(README)![1];
    let out = '';
    expect(await main(['examples/loyalty-build/expected.k8s.yaml'], (s) => (out += s))).toBe(0);
    expect(out.split('\n').slice(3).join('\n')).toBe(shown);
  });
});
