import { join } from 'node:path';
import { Chart, Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { OrkaBuildScript, OrkaCluster, OrkaMacBuild, ParamType, Pipeline, PipelineRun, script, Task, WorkspaceBinding } from '../../lib';

/**
 * iOS builds on MacStadium Orka: clone the app, build it on a macOS VM (created for the build and
 * always deleted), and keep the .ipa in the shared workspace. The Orka URL below is an example
 * address of a cluster reachable from the Tekton pods; the fingerprints are those of each VM
 * image's SSH host key (`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the image), so the
 * runner talks only to a VM of that image.
 */
export class OrkaIosChart extends Chart {
  public constructor(scope: Construct, id = 'orka-ios') {
    super(scope, id);

    const build = new OrkaMacBuild(this, 'ios-build', {
      cluster: OrkaCluster.v3({ url: 'https://10.221.188.20', namespace: 'orka-default', tokenSecret: 'orka-token' }),
      runnerImage: 'ghcr.io/acme/orka-runner:0.1.0',
      vmImage: 'sonoma-xcode16',
      cpu: 6,
      ssh: { user: 'admin', keySecret: 'orka-vm-ssh', hostKeyFingerprints: ['SHA256:qOsIkWplBOrcApzP4cK6dmcURH11RjGApwXAZeNjUCQ'] },
      buildScript: OrkaBuildScript.fromFile(join(__dirname, 'build.sh')),
      artifacts: ['build/*.ipa'],
      timeouts: { deploy: Duration.minutes(15), ssh: Duration.minutes(5), build: Duration.hours(1) },
    });

    const legacy = new OrkaMacBuild(this, 'ios-build-legacy', {
      cluster: OrkaCluster.v2({ url: 'https://10.221.188.20', credentialsSecret: 'tekton-orka-creds' }),
      runnerImage: 'ghcr.io/acme/orka-runner:0.1.0',
      vmImage: '90GBigSurSSH.img',
      ssh: { passwordSecret: 'orka-vm-password', hostKeyFingerprints: ['SHA256:e41C2U5QFsVT3DmPKsFQRmhwM6EbHVZ/uSGuFyK/RFE'] },
      buildScript: OrkaBuildScript.fromWorkspace('ci/build.sh'),
      artifacts: ['build/*.ipa'],
    });

    // A small clone Task of its own keeps the example self-contained (no catalog or resolver needed).
    const gitClone = new Task(this, 'git-clone', { description: 'Clones a Git repository into the workspace.' });
    const url = gitClone.addParam('url', { type: ParamType.STRING, description: 'Repository URL.' });
    const revision = gitClone.addParam('revision', { type: ParamType.STRING, default: 'main', description: 'Branch or tag to check out.' });
    const output = gitClone.addWorkspace('output', { description: 'Receives the checkout.' });
    gitClone.addStep({
      name: 'clone',
      image: 'docker.io/alpine/git:2.45.2',
      workingDir: output.path,
      script: script`#!/bin/sh
set -eu
git clone --depth 1 --branch ${revision} ${url} .
`,
    });

    const pipeline = new Pipeline(this, 'ios', { description: 'Clone and build the iOS app on Orka.' });
    const source = pipeline.addWorkspace('source');
    const repoUrl = pipeline.addParam('repo-url');
    const clone = pipeline.addTask('clone', {
      task: gitClone,
      params: { url: repoUrl },
      workspaces: { output: source },
    });
    pipeline.addTask('build', { task: build, workspaces: { source } }).runAfter(clone);
    pipeline.addTask('build-legacy', { task: legacy, workspaces: { source } }).runAfter(clone);

    // A fixed name: a run to create once by hand. CI would give it generateName (README, "CI recipe").
    new PipelineRun(this, 'ios-run', {
      name: 'ios-run',
      pipeline,
      params: { 'repo-url': 'https://github.com/acme/ios-app.git' },
      workspaces: { source: WorkspaceBinding.volumeClaimTemplate({ storage: '5Gi' }) },
      timeouts: { pipeline: '2h' },
    });
  }
}
