import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { ParamType, script, Task, TaskRun, WorkspaceBinding } from '../../lib';

/** The smallest useful example: a Task with a param, a result and a workspace, and a run of it. */
export class HelloChart extends Chart {
  public constructor(scope: Construct, id = 'hello') {
    super(scope, id);

    const hello = new Task(this, 'hello', { description: 'Greets someone and records the greeting.' });
    const who = hello.addParam('who', { type: ParamType.STRING, default: 'world', description: 'Who to greet.' });
    const out = hello.addWorkspace('output', { description: 'Where the greeting file is written.' });
    const greeting = hello.addResult('greeting', { description: 'The greeting text.' });
    hello.addStep({
      name: 'greet',
      image: 'mirror.gcr.io/alpine:3.20',
      workingDir: out.path,
      script: script`#!/bin/sh
set -eu
printf 'Hello, %s!\\n' ${who} | tee greeting.txt
printf 'Hello, %s!' ${who} > ${greeting.path}
`,
    });

    // A fixed name: a run to create once by hand. CI would give it generateName (README, "CI recipe").
    new TaskRun(this, 'hello-run', {
      name: 'hello-run',
      task: hello,
      params: { who: 'Tekton' },
      workspaces: { output: WorkspaceBinding.emptyDir() },
      timeout: '5m',
    });
  }
}
