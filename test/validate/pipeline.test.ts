// Pipeline rules of lib/validate/pipeline.ts that the invalid-manifest corpus shows only from one
// side: each limit here is checked at its boundary, one value inside and one outside.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateManifests, ValidationOptions } from '../../lib';

/** A beta Pipeline whose one task runs a matrix of `params` lists plus `include` entries. */
function matrixPipeline(params: Record<string, string[]>, include: Array<Record<string, string>> = []): Record<string, unknown> {
  const names = [...new Set([...Object.keys(params), ...include.flatMap((i) => Object.keys(i))])];
  return {
    apiVersion: 'tekton.dev/v1',
    kind: 'Pipeline',
    metadata: { name: 'ci' },
    spec: {
      tasks: [{
        name: 'build',
        matrix: {
          params: Object.entries(params).map(([name, value]) => ({ name, value })),
          ...(include.length ? { include: include.map((p, i) => ({ name: `extra-${i}`, params: Object.entries(p).map(([name, value]) => ({ name, value })) })) } : {}),
        },
        taskSpec: { params: names.map((name) => ({ name })), steps: [{ name: 'build', image: 'alpine:3.20', script: 'true' }] },
      }],
    },
  };
}

function problems(manifest: Record<string, unknown>, options: ValidationOptions = {}): string[] {
  return validateManifests([{ manifest, source: 'ci.yaml' }], { apiFields: 'beta', ...options }).map(formatProblem);
}

const values = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const tooMany = (n: number, limit: number) =>
  `Pipeline "ci": spec.tasks[0].matrix: the matrix of "build" makes ${n} combinations; the limit (default-max-matrix-combinations-count) is ${limit} (got ${n}). ` +
  `Fix: use fewer values, or raise default-max-matrix-combinations-count in the cluster's config-defaults ConfigMap and validate with maxMatrixCombinations: ${n} in the validation options`;

describe('matrix combination limit', () => {
  it('takes exactly the default 256 combinations and refuses 257', () => {
    expect(problems(matrixPipeline({ os: values(16, 'os'), arch: values(16, 'arch') }))).toEqual([]);
    // An include entry with a value the matrix lacks adds one combination.
    expect(problems(matrixPipeline({ os: values(16, 'os'), arch: values(16, 'arch') }, [{ os: 'plan9', arch: 'arch0' }]))).toEqual([tooMany(257, 256)]);
  });

  it('counts an include entry that only adds a param to existing values as no new combination', () => {
    expect(problems(matrixPipeline({ os: values(16, 'os'), arch: values(16, 'arch') }, [{ os: 'os0', flavor: 'debug' }]))).toEqual([]);
  });

  it('uses the configured limit at its boundary, counting includes alone when there are no params', () => {
    const options = { maxMatrixCombinations: 6 };
    expect(problems(matrixPipeline({ os: values(3, 'os'), arch: values(2, 'arch') }), options)).toEqual([]);
    expect(problems(matrixPipeline({ os: values(7, 'os') }), options)).toEqual([tooMany(7, 6)]);
    expect(problems(matrixPipeline({}, values(6, 'x').map((v) => ({ target: v }))), options)).toEqual([]);
    expect(problems(matrixPipeline({}, values(7, 'x').map((v) => ({ target: v }))), options)).toEqual([tooMany(7, 6)]);
  });
});
