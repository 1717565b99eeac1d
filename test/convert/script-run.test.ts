// The run-based comparison of rewritten step code (test/support/script-run.ts) on pairs whose
// answer is known: it must find the rewrites that change what the code does, not only pass.
import { describe, expect, it } from 'vitest';
import { compareByRunning, RewrittenStep } from '../support/script-run';

const step = (original: string, converted: string, env: Record<string, string>): RewrittenStep => ({
  where: 'step',
  original: { script: original, env: [] },
  converted: { script: converted, env: Object.entries(env).map(([name, value]) => ({ name, value })) },
});

describe('compareByRunning', () => {
  it('finds no difference where the env var carries what Tekton would paste', () => {
    expect(compareByRunning([
      step('echo $(params.msg) > $(results.out.path)\nkubectl apply -f $(workspaces.src.path)/app.yaml\n',
        'echo "${PARAMS_MSG}" > "${RESULTS_OUT_PATH}"\nkubectl apply -f "${WORKSPACES_SRC_PATH}"/app.yaml\n',
        { PARAMS_MSG: '$(params.msg)', RESULTS_OUT_PATH: '$(results.out.path)', WORKSPACES_SRC_PATH: '$(workspaces.src.path)' }),
    ])).toEqual([]);
  });

  it('reports the file a rewrite fails to write', () => {
    expect(compareByRunning([step('echo $(params.msg) > $(results.out.path)\n', 'echo "${PARAMS_MSG}" > "${RESULTS_OUT}"\n', { PARAMS_MSG: '$(params.msg)', RESULTS_OUT_PATH: '$(results.out.path)' })])).toEqual([
      'step: status 0 != 1; stderr "" != "\\nSCRIPT: line 1: : No such file or directory"; ' +
        'files {"home":"(folder)","results":"(folder)","results/out":"41\\n","work":"(folder)"} != {"home":"(folder)","results":"(folder)","work":"(folder)"}',
    ]);
  });

  it('reports an argument that reaches a missing tool (kubectl, recorded) differently', () => {
    const [problem] = compareByRunning([step('kubectl get $(params.kind)\n', 'kubectl get "${PARAMS_KIND}x"\n', { PARAMS_KIND: '$(params.kind)' })]);
    expect(problem).toBe('step: record "kubectl get 41\\n" != "kubectl get 41x\\n"');
  });

  it('runs the code word of sh -c with its own arguments, and ends a wait loop at its fifth sleep', () => {
    const words = (code: string) => ['/bin/sh', '-c', code, 'zero', 'one'];
    expect(compareByRunning([{
      where: 'command',
      original: { command: words('echo "$1" $(params.n); while true; do sleep 1; done'), env: [] },
      converted: { command: words('echo "$1" "${PARAMS_N}"; while true; do sleep 1; done'), env: [{ name: 'PARAMS_N', value: '$(params.n)' }] },
    }])).toEqual([]);
    const [problem] = compareByRunning([{
      where: 'command',
      original: { command: words('echo "$1" $(params.n)'), env: [] },
      converted: { command: words('echo "$0" "${PARAMS_N}"'), env: [{ name: 'PARAMS_N', value: '$(params.n)' }] },
    }]);
    expect(problem).toBe('command: stdout "one 41\\n" != "zero 41\\n"');
  });

  it('runs a Python script under Python, and refuses to call code another interpreter runs equal', () => {
    expect(compareByRunning([step('#!/usr/bin/env python3\nv = \'$(params.x)\'\nprint(v)\n', '#!/usr/bin/env python3\nimport os\nv = os.environ[\'PARAMS_X\']\nprint(v)\n', { PARAMS_X: '$(params.x)' })])).toEqual([]);
    expect(compareByRunning([step('#!/usr/bin/env python3\nprint(\'$(params.x)\')\n', '#!/usr/bin/env python3\nprint(\'PARAMS_X\')\n', { PARAMS_X: '$(params.x)' })])).toEqual(['step: stdout "41\\n" != "PARAMS_X\\n"']);
    expect(compareByRunning([step('#!/usr/bin/env node\nconsole.log("$(params.x)")\n', '#!/usr/bin/env node\nconsole.log(process.env.PARAMS_X)\n', { PARAMS_X: '$(params.x)' })]))
      .toEqual(['step: the code is not run by a shell, so it was not compared']);
  });
});
