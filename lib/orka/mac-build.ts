import { ApiObject, App, Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { ParamType } from '../param';
import { ResourceProps } from '../resource';
import { goDuration, Step } from '../step';
import { Task, TaskDefinition } from '../task';
import { warnAtSynth } from '../validation';
import { OrkaCluster, SecretKey } from './cluster';
import { emitImageContext, RUNNER_PATH_IN_IMAGE } from './image-context';
import type { EnvName } from '../../runner/orka/contract';
import { OrkaBuildScript } from './script';

/** How the runner logs in to the VM over SSH. Give exactly one of keySecret and passwordSecret. */
export interface OrkaSshOptions {
  /** @default 'admin' */
  readonly user?: string;
  /** Secret with the private key (key defaults to `ssh-privatekey`, as in kubernetes.io/ssh-auth secrets). @default - passwordSecret instead */
  readonly keySecret?: string | SecretKey;
  /** Secret with the password (key defaults to `password`). @default - keySecret instead */
  readonly passwordSecret?: string | SecretKey;
  /**
   * Secret with a known_hosts file the VM's host key must match (key defaults to `known_hosts`).
   * @default - the first host key seen is pinned for the rest of the build
   */
  readonly knownHostsSecret?: string | SecretKey;
  /**
   * Host key fingerprints the VM may present, `SHA256:<base64>` as `ssh-keygen -lf` prints them
   * (every VM of an image has the image's keys). Can be combined with knownHostsSecret.
   * @default - the first host key seen is pinned for the rest of the build
   */
  readonly hostKeyFingerprints?: readonly string[];
}

/** Time limits of a build. */
export interface OrkaTimeouts {
  /** VM creation. @default 900 seconds */
  readonly deploy?: Duration;
  /** Waiting for the VM's SSH server. @default 300 seconds */
  readonly ssh?: Duration;
  /** The build script. @default - no limit (the TaskRun's timeout still applies) */
  readonly build?: Duration;
}

/** What to build and where. */
export interface OrkaMacBuildOptions {
  /** The Orka cluster that makes the VM: `OrkaCluster.v3(...)` or `OrkaCluster.v2(...)`. */
  readonly cluster: OrkaCluster;
  /** Reference of the runner image built from the emitted context, e.g. `ghcr.io/acme/orka-runner:1.0.0`. */
  readonly runnerImage: string;
  /** VM image (v3) or base image (v2). Give this or vmConfig. @default - vmConfig instead */
  readonly vmImage?: string;
  /** An existing VM config to deploy (v2, or v3 templates). @default - vmImage instead */
  readonly vmConfig?: string;
  /** @default 3 */
  readonly cpu?: number;
  /** Memory in GB. @default - the server's default for the cpu count */
  readonly memory?: number;
  /** Node tag to schedule on. @default - any node */
  readonly tag?: string;
  /** How the runner logs in to the VM. */
  readonly ssh: OrkaSshOptions;
  /** The script that runs on the VM. */
  readonly buildScript: OrkaBuildScript;
  /** Paths or globs, relative to the build's working directory, copied back into the workspace. @default - none */
  readonly artifacts?: readonly string[];
  /** @default - see OrkaTimeouts */
  readonly timeouts?: OrkaTimeouts;
  /** Name of the workspace uploaded to the VM; artifacts land in it. @default 'source' */
  readonly workspace?: string;
  /** Directory, relative to the app's output directory, where the runner image's build context is written. @default 'orka-runner-image' */
  readonly imageContextDir?: string;
}

const MOUNT = '/var/run/orka';

function secretKey(value: string | SecretKey | undefined, defaultKey: string): SecretKey | undefined {
  return value === undefined ? undefined : typeof value === 'string' ? { name: value, key: defaultKey } : value;
}

/** Volume and mount names used by the runner step. */
interface Mounted { readonly volume: string; readonly path: string; readonly file?: string }

/**
 * Adds the Orka build step (and the params, results, workspace and volumes it needs) to a Task of
 * your own. `OrkaMacBuild` is a Task made of exactly this step.
 */
export class OrkaMacBuildStep {
  public constructor(private readonly options: OrkaMacBuildOptions) {
    const o = options;
    if ((o.vmImage === undefined) === (o.vmConfig === undefined)) {
      throw new Error('OrkaMacBuild: give exactly one of vmImage and vmConfig (the VM image to boot, or an existing VM config to deploy).');
    }
    if ((o.ssh.keySecret === undefined) === (o.ssh.passwordSecret === undefined)) {
      throw new Error('OrkaMacBuild: ssh needs exactly one of keySecret and passwordSecret (the secret the runner logs in to the VM with).');
    }
    for (const fp of o.ssh.hostKeyFingerprints ?? []) {
      if (!/^SHA256:[A-Za-z0-9+/]{43}=?$/.test(fp)) {
        throw new Error(`OrkaMacBuild: host key fingerprint "${fp}" is not of the form SHA256:<43 base64 characters>. Print it with ssh-keygen -lf <host key .pub file>.`);
      }
    }
    if (o.cpu !== undefined && (!Number.isInteger(o.cpu) || o.cpu < 1)) {
      throw new Error(`OrkaMacBuild: cpu ${o.cpu} is not a positive whole number of cores. Orka VMs take 3, 4, 6, 8, 12 or more cores.`);
    }
  }

  /** The script's ConfigMap data, when the script is stored in the cluster rather than the workspace. */
  public get scriptText(): string | undefined {
    return this.options.buildScript.text;
  }

  /**
   * Adds everything to `task`. `scriptConfigMap` names the ConfigMap holding an inline script
   * (created by OrkaMacBuild; bring your own when using the step directly).
   */
  public bind(task: Task | TaskDefinition, scriptConfigMap?: string): Step {
    const o = this.options;
    const def = task instanceof Task ? task.definition : task;
    if (task instanceof Task) this.warnAboutExposure(task);
    const wsName = o.workspace ?? 'source';
    const ws = def.workspaceNames.includes(wsName) ? def.workspace(wsName) : def.addWorkspace(wsName, { description: 'Uploaded to the VM before the build; artifacts are copied back into it.' });
    const vmImage = def.addParam('vm-image', { type: ParamType.STRING, default: o.vmImage ?? '', description: 'VM image (v3) or base image (v2) to boot.' });
    const cpu = def.addParam('cpu', { type: ParamType.STRING, default: String(o.cpu ?? 3), description: 'CPU cores of the VM.' });
    const artifacts = def.addParam('artifacts', { type: ParamType.STRING, default: (o.artifacts ?? []).join('\n'), description: 'Artifact paths or globs, one per line, relative to the build directory.' });
    for (const [name, description] of [['vm-name', 'Name of the VM the build ran on.'], ['artifacts', 'One "sha256  path" line per artifact copied back.'], ['build-exit-code', 'Exit code of the build script.']]) {
      def.addResult(name, { description });
    }

    const mounts: Mounted[] = [];
    // Secret files are world-readable inside the pod: the runner runs as uid 1000 and Kubernetes
    // mounts secret files owned by root unless the pod sets an fsGroup.
    const volume = (volumeName: string, secret: SecretKey | undefined, path: string): string | undefined => {
      if (!secret) return undefined;
      def.addVolume({ name: volumeName, secret: { secretName: secret.name, defaultMode: 0o444 } });
      mounts.push({ volume: volumeName, path });
      return `${path}/${secret.key}`;
    };
    const c = o.cluster;
    const tokenFile = volume('orka-token', c.tokenSecret, `${MOUNT}/token`);
    let credentialsDir: string | undefined;
    if (c.credentialsSecret) {
      def.addVolume({ name: 'orka-credentials', secret: { secretName: c.credentialsSecret, defaultMode: 0o444 } });
      mounts.push({ volume: 'orka-credentials', path: `${MOUNT}/credentials` });
      credentialsDir = `${MOUNT}/credentials`;
    }
    const keyFile = volume('orka-ssh-key', secretKey(o.ssh.keySecret, 'ssh-privatekey'), `${MOUNT}/ssh-key`);
    const passwordFile = volume('orka-ssh-password', secretKey(o.ssh.passwordSecret, 'password'), `${MOUNT}/ssh-password`);
    const knownHostsFile = volume('orka-known-hosts', secretKey(o.ssh.knownHostsSecret, 'known_hosts'), `${MOUNT}/known-hosts`);

    let scriptPath: string;
    if (o.buildScript.workspacePath !== undefined) {
      scriptPath = `${ws.path}/${o.buildScript.workspacePath}`;
    } else {
      if (!scriptConfigMap) throw new Error('OrkaMacBuildStep.bind: an inline build script needs the name of the ConfigMap that holds it (key build.sh).');
      def.addVolume({ name: 'orka-script', configMap: { name: scriptConfigMap, defaultMode: 0o555 } });
      mounts.push({ volume: 'orka-script', path: `${MOUNT}/script` });
      scriptPath = `${MOUNT}/script/build.sh`;
    }

    const t = o.timeouts ?? {};
    // Keyed by the runner's contract, so a misspelt variable does not compile.
    const env: Partial<Record<EnvName, string>> = {
      ORKA_API_VERSION: String(c.apiVersion),
      ORKA_URL: c.url,
      ORKA_NAMESPACE: c.namespace,
      ORKA_TOKEN_FILE: tokenFile,
      ORKA_CREDENTIALS_DIR: credentialsDir,
      ORKA_REVOKE_TOKEN: c.revokeToken,
      ORKA_VM_IMAGE: o.vmImage !== undefined ? vmImage.toString() : undefined,
      ORKA_VM_CONFIG: o.vmConfig,
      ORKA_VM_CPU: cpu.toString(),
      ORKA_VM_MEMORY: o.memory === undefined ? undefined : String(o.memory),
      ORKA_VM_TAG: o.tag,
      ORKA_SSH_USER: o.ssh.user ?? 'admin',
      ORKA_SSH_KEY_FILE: keyFile,
      ORKA_SSH_PASSWORD_FILE: passwordFile,
      ORKA_SSH_KNOWN_HOSTS_FILE: knownHostsFile,
      ORKA_SSH_HOST_FINGERPRINT: o.ssh.hostKeyFingerprints?.length ? o.ssh.hostKeyFingerprints.join(',') : undefined,
      ORKA_WORKSPACE: ws.path.toString(),
      ORKA_BUILD_SCRIPT: scriptPath,
      ORKA_ARTIFACTS: artifacts.toString(),
      ORKA_RESULTS_DIR: '/tekton/results',
      ORKA_DEPLOY_TIMEOUT: t.deploy === undefined ? undefined : String(t.deploy.toSeconds()),
      ORKA_SSH_TIMEOUT: t.ssh === undefined ? undefined : String(t.ssh.toSeconds()),
      ORKA_BUILD_TIMEOUT: t.build === undefined ? undefined : String(t.build.toSeconds()),
    };
    const defined = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
    return def.addStep({
      name: 'orka-build',
      image: o.runnerImage,
      command: ['node', RUNNER_PATH_IN_IMAGE],
      env: defined,
      volumeMounts: mounts.map((m) => ({ name: m.volume, mountPath: m.path, readOnly: true })),
      securityContext: { runAsNonRoot: true, runAsUser: 1000, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
      // The runner stops on its own timeouts; Tekton's step timeout is a backstop above them.
      timeout: t.build === undefined ? undefined : goDuration(Duration.seconds((t.deploy?.toSeconds() ?? 900) + (t.ssh?.toSeconds() ?? 300) + t.build.toSeconds() + 300)),
    });
  }

  /** Settings that work but hand credentials to whoever can listen or pose as the VM. */
  private warnAboutExposure(task: Task): void {
    const o = this.options;
    if (o.ssh.knownHostsSecret === undefined && !o.ssh.hostKeyFingerprints?.length) {
      warnAtSynth(task, 'OrkaMacBuild: ssh has neither knownHostsSecret nor hostKeyFingerprints, so the runner accepts whatever host key the VM presents (pinned only for the rest of the build), and a machine posing as the VM would receive the SSH credentials. Pin the image\'s host key: ssh: { hostKeyFingerprints: [\'SHA256:...\'] } (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the image; the runner logs the fingerprint it saw).');
    }
    const c = o.cluster;
    if (c.url.startsWith('http://')) {
      const sent = c.apiVersion === 3 ? 'the service-account token' : 'the Orka password and the token it gets';
      warnAtSynth(task, `OrkaMacBuild: cluster url "${c.url}" is plain http, so ${sent} would be readable on the network path (a bearer token goes with every request). Use the cluster's https:// endpoint.`);
    }
  }
}

/** Props of OrkaMacBuild. */
export interface OrkaMacBuildProps extends ResourceProps, OrkaMacBuildOptions {
  /** @default - none */
  readonly description?: string;
}

/**
 * A Task that builds on a macOS VM of a MacStadium Orka cluster: it creates the VM, uploads the
 * workspace and the build script over SSH, runs the script, copies the artifacts back into the
 * workspace and always deletes the VM. At synth it also writes the runner image's build context
 * (Dockerfile and runner bundle) into the app's output directory.
 */
export class OrkaMacBuild extends Task {
  /** The ConfigMap with an inline build script (key `build.sh`), when there is one. */
  public readonly scriptConfigMap?: ApiObject;

  public constructor(scope: Construct, id: string, props: OrkaMacBuildProps) {
    super(scope, id, { name: props.name, namespace: props.namespace, labels: props.labels, annotations: props.annotations, description: props.description ?? 'Builds on a macOS VM of MacStadium Orka; the VM is deleted afterwards.' });
    const step = new OrkaMacBuildStep(props);
    if (step.scriptText !== undefined) {
      this.scriptConfigMap = new ApiObject(this, 'Script', {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: `${this.resourceName}-script`, namespace: props.namespace },
        data: { 'build.sh': step.scriptText },
      });
    }
    step.bind(this, this.scriptConfigMap?.name);
    const contextDir = props.imageContextDir ?? 'orka-runner-image';
    this.node.addValidation({
      validate: () => {
        try {
          emitImageContext(`${App.of(this).outdir}/${contextDir}`);
          return [];
        } catch (e) {
          return [`could not write the runner image context to ${contextDir}: ${(e as Error).message}`];
        }
      },
    });
  }
}
