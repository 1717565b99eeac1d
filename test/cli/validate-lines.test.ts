import { describe, expect, it } from 'vitest';
import { FieldLines } from '../../lib/cli/validate-lines';

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
  const lines = new FieldLines((file) => (file === 'f.yaml' ? TEXT : undefined));
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
  it('leaves a file over 4 MiB to its document line rather than parse it again', () => {
    const big = `${TEXT}${'# padding\n'.repeat(450_000)}`;
    expect(new FieldLines(() => big).lineOf('big.yaml', 1, 'kind')).toBeUndefined();
  });
});
