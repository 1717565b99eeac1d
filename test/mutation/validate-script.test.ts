// The script rules of `validate` (lib/validate/script.ts) at each edge: which variables are unsafe
// in script text, which commands run their argument as code (and after which flag), the env var
// name a fix suggests, and the field a warning names. Every check reads the warnings validate gives
// for a hand-written Task.
import { describe, expect, it } from 'vitest';
import { validateManifests } from '../../lib';
import { commandCodeReference, envNameOf, isUnsafeInScript, unsafeScriptReferences, workspacesWithReferencedMountPath } from '../../lib/validate/script';

function task(step: Record<string, unknown>, workspaces: unknown[] = []): Record<string, unknown> {
  return {
    apiVersion: 'tekton.dev/v1',
    kind: 'Task',
    metadata: { name: 't' },
    spec: { params: [{ name: 'p' }, { name: 'q' }], results: [{ name: 'r' }], workspaces, steps: [{ name: 's', image: 'alpine', ...step }] },
  };
}

function warnings(manifest: Record<string, unknown>): string[][] {
  return validateManifests([{ manifest, source: 't.yaml' }])
    .filter((p) => p.rule.startsWith('script.'))
    .map((p) => [p.rule, p.field, String(p.value ?? ''), p.message, p.fix]);
}

describe('script.tekton-reference', () => {
  it('names each unsafe variable once, in order of first use, with the env var fix', () => {
    expect(warnings(task({ script: 'echo $(params.q) $(params.p) $(params.q) $(context.task.name)' }))).toEqual([
      [
        'script.tekton-reference',
        'spec.steps[0].script',
        '$(params.q)',
        '$(params.q) is substituted into the script text before the shell reads it, so a value such as "$(touch x)" or "; rm -rf /" runs as shell code',
        'pass it as an env var and read the variable in the script: env: [{name: PARAMS_Q, value: "$(params.q)"}] and "${PARAMS_Q}" in the script (the cdk8s-tekton script tag does this for you)',
      ],
      [
        'script.tekton-reference',
        'spec.steps[0].script',
        '$(params.p)',
        '$(params.p) is substituted into the script text before the shell reads it, so a value such as "$(touch x)" or "; rm -rf /" runs as shell code',
        'pass it as an env var and read the variable in the script: env: [{name: PARAMS_P, value: "$(params.p)"}] and "${PARAMS_P}" in the script (the cdk8s-tekton script tag does this for you)',
      ],
    ]);
  });

  it('counts the path of a workspace as unsafe only when its mountPath holds a reference', () => {
    const spaces = [{ name: 'fixed', mountPath: '/ws/fixed' }, { name: 'moved', mountPath: '/ws/$(params.p)' }, { name: 'plain' }];
    const found = warnings(task({ script: 'cd $(workspaces.fixed.path) $(workspaces.plain.path) $(workspaces.moved.path)' }, spaces));
    expect(found.map((w) => [w[2], w[4]])).toEqual([
      ['$(workspaces.moved.path)', 'pass it as an env var and read the variable in the script: env: [{name: WORKSPACES_MOVED_PATH, value: "$(workspaces.moved.path)"}] and "${WORKSPACES_MOVED_PATH}" in the script (the cdk8s-tekton script tag does this for you)'],
    ]);
    expect([...workspacesWithReferencedMountPath([...spaces, 'x', { mountPath: '$(params.p)' }, { name: 'n', mountPath: 5 }, { name: 'm', mountPath: '$(' }])]).toEqual(['moved', 'm']);
    expect([...workspacesWithReferencedMountPath({ name: 'moved', mountPath: '$(params.p)' })]).toEqual([]);
  });
});

describe('isUnsafeInScript', () => {
  it('is true for params, template params, task results and artifact values; false for paths Tekton controls', () => {
    const moved = new Set(['moved']);
    const unsafe = ['params.p', 'params["p.q"]', 'params.list[*]', 'tt.params.branch', 'tasks.build.results.digest', 'finally.f.results.r', 'steps.a.results.r', 'tasks.a.outputs.image', 'steps.a.inputs', 'workspaces.moved.path'];
    const safe = ['workspaces.src.path', 'workspaces.moved.bound', 'results.r.path', 'context.taskRun.name', 'step.artifacts.path', 'artifacts.path', 'tasks.status', 'xtt.params.y', 'tasks.a.status'];
    expect(unsafe.filter((b) => !isUnsafeInScript(b, moved))).toEqual([]);
    expect(safe.filter((b) => isUnsafeInScript(b, moved))).toEqual([]);
    expect(isUnsafeInScript('workspaces.moved.path')).toBe(false);
    expect(unsafeScriptReferences('$(params.p) $(params.p) $(workspaces.moved.path)')).toEqual(['$(params.p)']);
  });

  it('spells the env var of a variable in capitals, non-alphanumerics as one underscore, none at the ends', () => {
    expect(envNameOf('params.target')).toBe('PARAMS_TARGET');
    expect(envNameOf('params["a.b-c"]')).toBe('PARAMS_A_B_C');
    expect(envNameOf('..x..')).toBe('X');
    expect(envNameOf('tasks.build.results.image-digest')).toBe('TASKS_BUILD_RESULTS_IMAGE_DIGEST');
  });
});

describe('script.command-reference', () => {
  it('finds the reference in the code after a -c, -e, -ec or -r flag of a shell or interpreter, through env and a path', () => {
    const ref = (command: unknown, args?: unknown) => commandCodeReference(command, args);
    expect(ref(['sh', '-c'], ['echo $(params.p)'])).toEqual({ ref: '$(params.p)', program: 'sh' });
    expect(ref(['/usr/bin/env', '/bin/bash', '-ec', 'echo $(params.p)'])).toEqual({ ref: '$(params.p)', program: 'bash' });
    expect(ref(['env', 'python3.12', '-c', 'print("$(params.q)")'])).toEqual({ ref: '$(params.q)', program: 'python3.12' });
    expect(ref(['node', '-e', 'x', '$(params.p)'])).toEqual({ ref: '$(params.p)', program: 'node' });
    expect(ref(['php', '-r', '$(params.p)'])).toEqual({ ref: '$(params.p)', program: 'php' });
    expect(ref(['perl', '-E', '$(params.p)'])).toEqual({ ref: '$(params.p)', program: 'perl' });
    expect(ref(['busybox', '-c', 'ok', 'echo $(context.task.name) $(params.q)'])).toEqual({ ref: '$(params.q)', program: 'busybox' });
  });

  it('reads each program\'s own code option: -c anywhere in a shell\'s option cluster, an interpreter\'s code in the same word', () => {
    const ref = (command: unknown, args?: unknown) => commandCodeReference(command, args);
    // Before, the flag had to end in c, e, E or r: sh -cx and bash -xce ran the value unseen.
    expect(ref(['sh', '-cx', 'echo $(params.p)'])).toEqual({ ref: '$(params.p)', program: 'sh' });
    expect(ref(['bash', '-xce'], ['echo $(params.p)'])).toEqual({ ref: '$(params.p)', program: 'bash' });
    expect(ref(['python3', '-Ic', 'print("$(params.p)")'])).toEqual({ ref: '$(params.p)', program: 'python3' });
    expect(ref(['python3', '-cprint("$(params.p)")'])).toEqual({ ref: '$(params.p)', program: 'python3' });
    expect(ref(['node', '-p', '"$(params.p)"'])).toEqual({ ref: '$(params.p)', program: 'node' });
    expect(ref(['node', '--eval=console.log("$(params.p)")'])).toEqual({ ref: '$(params.p)', program: 'node' });
    expect(ref(['node', '--print', '"$(params.p)"'])).toEqual({ ref: '$(params.p)', program: 'node' });
    expect(ref(['perl', '-ne', 'print "$(params.p)"'])).toEqual({ ref: '$(params.p)', program: 'perl' });
    expect(ref(['ruby', '-e', 'puts "$(params.p)"'])).toEqual({ ref: '$(params.p)', program: 'ruby' });
    expect(ref(['pwsh', '-Command', 'Write-Output "$(params.p)"'])).toEqual({ ref: '$(params.p)', program: 'pwsh' });
    // Options that give no code: a value there is an argument of a file the program runs.
    expect(ref(['ruby', '-rjson', 'build.rb', '$(params.p)'])).toBeUndefined();
    expect(ref(['python3', '-u', 'build.py', '$(params.p)'])).toBeUndefined();
    expect(ref(['node', '--max-old-space-size=4096', 'build.js', '$(params.p)'])).toBeUndefined();
    expect(ref(['bash', '-x', 'build.sh', '$(params.p)'])).toBeUndefined();
    expect(ref(['php', '-f', 'build.php', '$(params.p)'])).toBeUndefined();
  });

  it('matches whole program names and whole code options only', () => {
    const ref = (command: unknown, args?: unknown) => commandCodeReference(command, args);
    // Names that start or end like a known program are other programs.
    for (const [program, flag] of [['xpython3', '-c'], ['python3-config', '-c'], ['xnode', '-e'], ['nodemon', '-e'], ['xperl', '-e'], ['perldoc', '-e'], ['xruby', '-e'], ['rubocop', '-e'], ['xlua', '-e'], ['luarocks', '-e'], ['xphp', '-r'], ['phpunit', '-r'], ['xpwsh', '-c'], ['pwsh-preview', '-c'], ['xsh', '-c'], ['shx', '-c']]) {
      expect(ref([program, flag, '$(params.p)']), program).toBeUndefined();
    }
    // Words that hold an option's letters but are not that option.
    for (const [program, word] of [['sh', '-c1'], ['python3', 'x-c'], ['node', 'x-e'], ['node', '-e1'], ['node', '-p1'], ['perl', 'x-e'], ['ruby', 'x-e'], ['php', 'x-r'], ['pwsh', 'x-c'], ['pwsh', '-commandx']]) {
      expect(ref([program, word, '$(params.p)']), `${program} ${word}`).toBeUndefined();
    }
    // Option clusters: the code option after other single-letter options.
    expect(ref(['node', '-ie', '$(params.p)'])).toEqual({ ref: '$(params.p)', program: 'node' });
    expect(ref(['ruby', '-ne', '$(params.p)'])).toEqual({ ref: '$(params.p)', program: 'ruby' });
    expect(ref(['php', '-nr', '$(params.p)'])).toEqual({ ref: '$(params.p)', program: 'php' });
    expect(ref(['lua', '-Ee', '$(params.p)'])).toEqual({ ref: '$(params.p)', program: 'lua' });
  });

  it('finds nothing without a code flag, before the flag, in a program that is not a shell, or in a safe variable', () => {
    const ref = (command: unknown, args?: unknown) => commandCodeReference(command, args);
    expect(ref(['sh', 'run.sh', '$(params.p)'])).toBeUndefined();
    expect(ref(['sh', '$(params.p)', '-c', 'echo ok'])).toBeUndefined();
    expect(ref(['sh', '-x'], ['$(params.p)'])).toBeUndefined();
    expect(ref(['sh', '--c', '$(params.p)'])).toBeUndefined();
    expect(ref(['shx', '-c', '$(params.p)'])).toBeUndefined();
    expect(ref(['xsh', '-c', '$(params.p)'])).toBeUndefined();
    expect(ref(['git', '-c', '$(params.p)'])).toBeUndefined();
    expect(ref(['envx', 'sh', '-c', '$(params.p)'])).toBeUndefined();
    expect(ref(['sh', '-c', 'echo $(workspaces.src.path)'])).toBeUndefined();
    expect(ref('sh -c $(params.p)', 'x')).toBeUndefined();
    expect(ref([1, '-c', '$(params.p)'])).toBeUndefined();
    expect(ref(['-c', '-c', '$(params.p)'])).toBeUndefined();
    expect(ref(undefined, ['sh', '-c', '$(params.p)'])).toEqual({ ref: '$(params.p)', program: 'sh' });
    expect(ref(['sh', '-c', 7, '$(params.p)'])).toEqual({ ref: '$(params.p)', program: 'sh' });
  });

  it('names the command field when the reference is not in args, with the env var fix', () => {
    expect(warnings(task({ command: ['bash', '-c', 'echo $(params.p)'], args: ['ok'] }))).toEqual([
      [
        'script.command-reference',
        'spec.steps[0].command',
        '$(params.p)',
        '$(params.p) is substituted into the code that bash runs (its -c or -e argument) before it reads it, so a value such as "$(touch x)" runs as code',
        'pass it as an env var and read the variable in the code: env: [{name: PARAMS_P, value: "$(params.p)"}] and "${PARAMS_P}" in the code, or move the code into script with the cdk8s-tekton script tag',
      ],
    ]);
    expect(warnings(task({ command: ['bash', '-c', 'echo $(params.p)'] })).map((w) => w[1])).toEqual(['spec.steps[0].command']);
    expect(warnings(task({ command: ['bash', '-c'], args: ['echo $(params.p)'] })).map((w) => w[1])).toEqual(['spec.steps[0].args']);
  });
});

describe('edges the first mutation run found', () => {
  it('matches a workspace path variable whole, and skips a missing workspace entry', () => {
    const moved = new Set(['moved']);
    expect(['x.workspaces.moved.path', 'workspaces.moved.path.x'].filter((b) => isUnsafeInScript(b, moved))).toEqual([]);
    expect([...workspacesWithReferencedMountPath([null, { name: 'moved', mountPath: '$(params.p)' }])]).toEqual(['moved']);
  });

  it('names args when any one of them holds the reference', () => {
    expect(warnings(task({ command: ['bash', '-c'], args: ['echo ok', 'echo $(params.p)'] })).map((w) => w[1])).toEqual(['spec.steps[0].args']);
  });
});
