import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FieldLines } from '../../lib/cli/validate-lines';
import { read } from '../../lib/cli/validate-read';
import { parseYamlStream } from '../../lib/yaml';

const TEXT = `# two documents
apiVersion: v1
kind: ConfigMap
---
apiVersion: tekton.dev/v1
kind: Task
metadata:
  name: build
  labels:
    "app.kubernetes.io/name": x
spec:
  steps:
    - name: a
      env: &env
        - name: A
        - value: b
    - name: b
      env: *env
      args: [x,
        y]
`;

describe('FieldLines: the line of a problem field', () => {
  const stream = parseYamlStream(TEXT);
  const lines = new FieldLines((file) => (file === 'f.yaml' ? stream : undefined));
  it.each([
    ['kind', 6],
    ['metadata.name', 8],
    ['metadata.labels["app.kubernetes.io/name"]', 10],
    ['spec.steps[0].env[1]', 16],
    ['spec.steps[0].env[1].name', 16],
    ['spec.steps[1].env[1].value', 16],
    ['spec.steps[1].args[1]', 20],
    ['spec.params', 11],
    ['spec.steps[5].image', 12],
  ])('%s is on line %i', (field, line) => {
    expect(lines.lineOf('f.yaml', 1, field)).toBe(line);
  });

  it('gives nothing for a document or file it does not have', () => {
    expect(lines.lineOf('f.yaml', 7, 'kind')).toBeUndefined();
    expect(lines.lineOf('other.yaml', 0, 'kind')).toBeUndefined();
  });
});

describe('FieldLines on a large file', () => {
  it('leaves a file over 4 MiB to its document line rather than keep its node trees', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lines-')), 'big.yaml');
    writeFileSync(file, `${TEXT}${'# padding\n'.repeat(450_000)}`);
    const { docs, streams } = read([file]);
    expect(docs.map((d) => d.line)).toEqual([2, 5]);
    expect(new FieldLines((f) => streams.get(f)).lineOf(file, 1, 'kind')).toBeUndefined();
  });
});
