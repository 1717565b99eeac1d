import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');

describe('README', () => {
  it('the quick start runs as written and synthesizes a valid Task, Pipeline and PipelineRun', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const code = /```ts\n([\s\S]*?)```/.exec(readme)![1];
    expect(code).toContain("from 'cdk8s-tekton'");
    // build/ is git-ignored and inside the repository, so the app resolves cdk8s from node_modules.
    mkdirSync(join(ROOT, 'build'), { recursive: true });
    const dir = mkdtempSync(join(ROOT, 'build', 'readme-'));
    writeFileSync(join(dir, 'main.ts'), code.replace("from 'cdk8s-tekton'", "from '../../lib'"));
    let yaml: string;
    try {
      execFileSync(process.execPath, ['-r', join(ROOT, 'scripts/register-ts.cjs'), 'main.ts'], { cwd: dir, stdio: 'pipe' });
      yaml = readFileSync(join(dir, 'dist', 'ci.k8s.yaml'), 'utf8');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const docs = parseAllDocuments(yaml).map((d) => d.toJSON());
    expect(docs.map((d) => `${d.kind}/${d.metadata.name ?? d.metadata.generateName}`)).toEqual(['Task/unit-test', 'Pipeline/ci', 'PipelineRun/ci-run']);
    expect(docs[0].spec.steps[0].script).toBe('npm test -- "${PARAMS_TARGET}" > "${RESULTS_REPORT_PATH}"');
    expect(docs[1].spec.tasks[1]).toMatchObject({ name: 'test', runAfter: ['clone'], taskRef: { name: 'unit-test' } });
  });
});
