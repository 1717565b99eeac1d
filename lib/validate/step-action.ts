// Sections 14 and 15: StepAction and CustomRun.
import { available, Doc, isObject, list } from './core';
import { checkParamSpecs, checkParamValues, ParamScope } from './params';
import { checkWorkspaceBindings } from './runs';
import { checkResultDeclaration, checkStepActionVariables, checkVolumeMounts } from './task';
import { expressions, paramRef } from './vars';

export function checkStepAction(d: Doc, spec: unknown): void {
  if (!isObject(spec)) {
    d.report('stepaction.spec', 'spec', 'a StepAction needs a spec', 'add spec with an image and a script or command', spec);
    return;
  }
  if (typeof spec.image !== 'string' || spec.image === '') d.report('stepaction.image', 'spec.image', 'a StepAction needs an image', 'set image', spec.image);
  if (spec.script !== undefined && spec.command !== undefined) d.report('stepaction.script-and-command', 'spec.script', 'a StepAction may set script or command, not both', 'move the command into the script, or remove the script');
  if (typeof spec.script === 'string') {
    if (spec.script.trim().startsWith('#!win')) d.gate('alpha', 'spec.script', 'a Windows script (#!win)');
    const used = expressions(spec.script).find((b) => paramRef(b) !== undefined);
    if (used !== undefined) {
      d.report('stepaction.script-param', 'spec.script', `a StepAction script may not use $(${used}) directly`, `pass the param through env (env: [{name: X, value: "$(${used})"}]) and read $X in the script`, spec.script.length > 80 ? `$(${used})` : spec.script);
    }
  }
  const scope = new ParamScope();
  checkParamSpecs(d, 'spec.params', spec.params, 'StepAction', scope);
  const results = new Set<string>();
  list(spec.results).forEach((r, i) => {
    if (checkResultDeclaration(d, `spec.results[${i}]`, r, 'result')) results.add(r.name);
  });
  checkVolumeMounts(d, 'spec', spec.volumeMounts);
  list(spec.volumeMounts).forEach((m, i) => {
    if (!isObject(m) || typeof m.name !== 'string') return;
    const p = /^\$\(params\.([^.)[\]]+)\)$/.exec(m.name);
    if (!p || !scope.get(p[1])) {
      d.report('stepaction.volume-mount-name', `spec.volumeMounts[${i}].name`, `a StepAction volume mount name must be exactly one $(params.<name>) reference to a declared param; params: ${available(scope.names())}`, 'declare a param for the volume name and write name: $(params.<that-param>)', m.name);
    }
  });
  checkStepActionVariables(d, spec, scope, results);
}

export function checkCustomRun(d: Doc, spec: unknown): void {
  if (!isObject(spec)) {
    d.report('customrun.spec', 'spec', 'a CustomRun needs a spec', 'add spec with customRef or customSpec', spec);
    return;
  }
  if (Object.keys(spec).length === 0) {
    d.report('customrun.spec', 'spec', 'the CustomRun spec is empty', 'add customRef (apiVersion and kind of the custom task) or customSpec');
    return;
  }
  const has = ['customRef', 'customSpec'].filter((k) => spec[k] !== undefined);
  if (has.length !== 1) d.report('customrun.ref-or-spec', 'spec', `a CustomRun must set exactly one of customRef and customSpec${has.length ? '; it sets both' : ''}`, has.length ? 'keep one of them' : 'add customRef with apiVersion and kind');
  for (const key of ['customRef', 'customSpec']) {
    const ref = spec[key];
    if (ref === undefined) continue;
    for (const field of ['apiVersion', 'kind']) {
      if (!isObject(ref) || typeof ref[field] !== 'string' || ref[field] === '') d.report('customrun.ref-field', `spec.${key}.${field}`, `${key} needs ${field}`, `set ${field} to the custom task's ${field}`);
    }
  }
  if (spec.statusMessage !== undefined && spec.status === undefined) d.report('customrun.status-message', 'spec.statusMessage', 'statusMessage may only be set together with status', 'set status, or remove statusMessage');
  checkParamValues(d, 'spec.params', spec.params, true);
  checkWorkspaceBindings(d, 'spec.workspaces', spec.workspaces, true);
}
