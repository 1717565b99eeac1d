// The script tag's own checks (lib/script.ts) at each edge: which shebangs it reads for, which
// params it takes, two references that would share an env var, the Script object it returns, and
// the exact text of the three refusals the SDK applies to plain scripts and commands.
import { describe, expect, it } from 'vitest';
import { Param, ParamType, Script, script } from '../../lib';
import { checkCommandCode, checkScriptText, checkWorkspacePaths, envNameFor } from '../../lib/script';
import { HOSTILE, runText } from '../lib/script-harness';

const p = new Param('p');

/** The tag applied to one template whose only interpolation is `value`, after `before`. */
function tagged(before: string, value: Param | string = p): Script {
  return script(Object.assign([before, ''], { raw: [before, ''] }), value);
}

const interpreter = (program: string) =>
  `script: the script runs with "${program}", so $(params.p) cannot be placed as a shell variable. Read it from an env var you set on the step (env: { NAME: $(params.p) }) instead. The tag reads scripts for sh, bash, dash and busybox ash only.`;

describe('the shebang', () => {
  it.each([
    ['#!/bin/sh\n'],
    ['#!/bin/bash\n'],
    ['#!/bin/dash\n'],
    ['#!/bin/ash\n'],
    ['#!/bin/busybox sh\n'],
    ['#!/usr/bin/env bash\n'],
    ['#!/usr/bin/env sh\n'],
    ['#! /bin/bash\n'],
    ['#!/bin/bash -e\n'],
    ['#!/usr/bin/env  bash\n'],
    ['#!/usr/bin/env\tbash\n'],
    ['#!bash\n'],
    ['echo #!/bin/zsh\n'],
    [''],
  ])('%j is read as a shell the tag follows', (before) => {
    expect(tagged(`${before}echo `).text).toBe(`${before}echo "\${PARAMS_P}"`);
  });

  it.each([
    ['#!/bin/zsh\n', 'zsh'],
    ['#!/bin/zsh -e\n', 'zsh'],
    ['#!/bin/ksh\n', 'ksh'],
    ['#!/usr/bin/env python3\n', 'python3'],
    ['#!/usr/bin/env -S bash\n', '-S'],
    ['  #!/usr/bin/perl\n', 'perl'],
    ['#!/usr/local/bin/env node\n', 'node'],
  ])('%j is refused, naming %s', (before, program) => {
    expect(() => tagged(`${before}echo `)).toThrow(interpreter(program));
  });

  // A bug the first mutation run found: the word on the line after the shebang was taken for env's argument.
  it('takes the interpreter and the argument of env from the shebang line only', () => {
    expect(() => tagged('#!/usr/bin/env\necho ')).toThrow(interpreter('env'));
    expect(() => tagged('#!/usr/bin/env\nbash\necho ')).toThrow(interpreter('env'));
  });

  it('places plain strings and numbers after any shebang', () => {
    expect(tagged('#!/usr/bin/python3\nprint(', '1)').text).toBe('#!/usr/bin/python3\nprint(1)');
  });
});

describe('what the tag takes', () => {
  it('refuses an object param as a whole, naming its type', () => {
    const o = new Param('o', { type: ParamType.OBJECT, properties: ['key'] });
    expect(() => tagged('echo ', o)).toThrow('script: object param "o" cannot be interpolated into a script. Pass it as args (args: [o.all]) and read "$@", or interpolate one element with .at(i)/.key(k).');
    expect(tagged('echo ', o.key('key') as unknown as Param).env).toEqual([{ name: 'PARAMS_O_KEY', value: '$(params.o.key)' }]);
  });

  it('refuses two references that map to one env var, naming both', () => {
    const strings = Object.assign(['echo ', ' ', ''], { raw: ['echo ', ' ', ''] });
    expect(() => script(strings, new Param('a-b'), new Param('a_b'))).toThrow('script: $(params.a-b) and $(params.a_b) both map to env var PARAMS_A_B. Rename one of them.');
  });

  it('gives each reference its env var in order of first use, each once', () => {
    const q = new Param('q');
    const s = script`echo ${q} ${p} ${q}`;
    expect(s.env).toEqual([
      { name: 'PARAMS_Q', value: '$(params.q)' },
      { name: 'PARAMS_P', value: '$(params.p)' },
    ]);
    expect(s.text).toBe('echo "${PARAMS_Q}" "${PARAMS_P}" "${PARAMS_Q}"');
    expect(envNameFor(q)).toBe('PARAMS_Q');
  });

  it('returns a Script whose string is its text, with no env and no references allowed by default', () => {
    const s = new Script('echo hi');
    expect([String(s), s.env, s.allowsTektonReferences]).toEqual(['echo hi', [], false]);
    const raw = Script.unsafeRaw('echo $(params.p)');
    expect([raw.text, raw.env, raw.allowsTektonReferences]).toEqual(['echo $(params.p)', [], true]);
    const tagged_ = script`echo hi`;
    expect([tagged_.text, tagged_.env, tagged_.allowsTektonReferences]).toEqual(['echo hi', [], false]);
  });

  it('places a template again when the same call site joins the same text with the hole elsewhere', () => {
    const tag = (a: Param | string, b: Param | string) => script`echo ${a}${b}`;
    expect(tag(p, '${PARAMS_P}').text).toBe('echo "${PARAMS_P}"${PARAMS_P}');
    // Same text after joining, but the hole now stands where the plain string stood.
    expect(tag('${PARAMS_P}', p).text).toBe('echo ${PARAMS_P}"${PARAMS_P}"');
  });

  it('checks a text with no interpolation for references written into it', () => {
    expect(() => script`echo ${'$(params.p)'}`).toThrow('script: $(params.p) is in the script text');
    expect(script`echo ${'$(context.taskRun.name)'}`.text).toBe('echo $(context.taskRun.name)');
  });

  it('runs what it places with a hostile value as data', () => {
    const s = script`printf '%s' ${p} > out`;
    const env = { PARAMS_P: HOSTILE };
    expect(runText('dash', s.text, env)).toMatchObject({ pwned: false, out: HOSTILE });
  });
});

describe('the refusals the SDK applies to plain scripts and commands', () => {
  const left = (ref: string, name: string, object: string) =>
    `script: ${ref} is in the script text, where Tekton substitutes its value before the shell reads it, so a value such as "$(touch x)" runs as shell code. ` +
    `Interpolate the reference object itself in the script tag, not a string built from it: script\`url="https://x/\${${object}}"; curl "$url"\` passes it as env var ${name} and reads "\${${name}}". ` +
    `Or set env: { ${name}: '${ref}' } on the step and write "\${${name}}" in the script. Script.unsafeRaw(text) keeps the text as written, for trusted values only.`;

  it('names the param object in the fix, or ref for anything else, with the place before it when given', () => {
    expect(() => checkScriptText(undefined, 'echo $(params.p)')).toThrow(left('$(params.p)', 'PARAMS_P', 'p'));
    expect(() => checkScriptText(undefined, 'echo $(params.target)')).toThrow(left('$(params.target)', 'PARAMS_TARGET', 'target'));
    // Tekton's reference ends at the first ")": here it is "$(params.x $(params.y)", no param object.
    expect(() => checkScriptText(undefined, 'echo $(params.x $(params.y))')).toThrow(left('$(params.x $(params.y)', 'PARAMS_X_PARAMS_Y', 'ref'));
    expect(() => checkScriptText('W', 'echo $(params.o.key)')).toThrow(`W: ${left('$(params.o.key)', 'PARAMS_O_KEY', 'ref')}`);
    expect(() => checkScriptText('W', 'echo $(tasks.a.results.b)')).toThrow(`W: ${left('$(tasks.a.results.b)', 'TASKS_A_RESULTS_B', 'ref')}`);
    try {
      checkScriptText(undefined, 'echo $(params.p)');
    } catch (e) {
      expect((e as Error).message).toBe(left('$(params.p)', 'PARAMS_P', 'p'));
    }
  });

  it('passes a text with only references Tekton controls, and any text kept by Script.unsafeRaw', () => {
    expect(checkScriptText('W', 'cd $(workspaces.src.path)')).toBeUndefined();
    expect(checkScriptText('W', Script.unsafeRaw('echo $(params.p)'))).toBeUndefined();
    expect(() => checkScriptText('W', new Script('echo $(params.p)'))).toThrow('W: script: $(params.p) is in the script text');
  });

  it('refuses a command that runs a reference as code, with its exact text', () => {
    expect(() => checkCommandCode('W', ['sh', '-c', 'echo $(params.p)'], undefined)).toThrow(
      `W: command: $(params.p) is in the code that sh runs (its -c or -e argument), where Tekton substitutes its value before sh reads it, so a value such as "$(touch x)" runs as code. Use script with the script tag instead of command (script\`...\${ref}...\`), or set env: { PARAMS_P: '$(params.p)' } on the step and read "\${PARAMS_P}" in the code.`,
    );
    expect(checkCommandCode('W', ['sh', 'run.sh'], ['$(params.p)'])).toBeUndefined();
  });

  const WS = `W: script: $(workspaces.src.path) is in the script text, and the workspace's mountPath holds a reference, so the path carries that value into the text before the shell reads it. Interpolate the workspace's path in the script tag (script\`cd \${ws.path}\`), which reads it from env var WORKSPACES_SRC_PATH, or give the workspace a fixed mountPath.`;

  it('refuses the path of a workspace whose mountPath holds a reference, after any other reference', () => {
    expect(() => checkWorkspacePaths('W', 'echo $(params.p); cd $(workspaces.src.path)', new Set(['src']))).toThrow(WS);
    try {
      checkWorkspacePaths('W', 'echo $(params.p); cd $(workspaces.src.path)', new Set(['src']));
    } catch (e) {
      expect((e as Error).message).toBe(WS);
    }
  });

  it('passes a path of a fixed workspace, no such workspace, or a text kept by Script.unsafeRaw', () => {
    expect(checkWorkspacePaths('W', 'cd $(workspaces.src.path)', new Set())).toBeUndefined();
    expect(checkWorkspacePaths('W', 'cd $(workspaces.src.path)', new Set(['other']))).toBeUndefined();
    expect(checkWorkspacePaths('W', 'echo $(params.p)', new Set(['src']))).toBeUndefined();
    expect(checkWorkspacePaths('W', Script.unsafeRaw('cd $(workspaces.src.path)'), new Set(['src']))).toBeUndefined();
    expect(() => checkWorkspacePaths('W', new Script('cd $(workspaces.src.path)'), new Set(['src']))).toThrow(WS);
  });
});
