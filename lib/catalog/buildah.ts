import { Construct } from 'constructs';
import type { ResourceProps } from '../resource';
import { Task } from '../task';
import { BUILDAH_0_9, ParamName, ResultName, WorkspaceName } from '../facts/hub-tasks';
import { declareInterface } from './interface';

// Written for this SDK in POSIX sh, every value passed in through env vars. As in the catalog's
// buildah 0.9, a bound dockerconfig workspace becomes DOCKER_CONFIG, and buildah then reads only
// its config.json; unbound, buildah reads $HOME/.docker/config.json, where Tekton copies the
// registry credentials of the run's service account. The extra-args params are split into words
// as the catalog does, with globbing off so that a `*` in them stays a `*`.
const SCRIPT = `#!/usr/bin/env sh
set -euf
for arg in "$@"; do
  [ -n "\${arg}" ] && set -- "$@" "--build-arg=\${arg}"
  shift
done
if [ "\${WORKSPACE_DOCKERCONFIG_BOUND}" = "true" ]; then
  export DOCKER_CONFIG="\${WORKSPACE_DOCKERCONFIG_PATH}"
fi
cert_dir=""
[ "\${WORKSPACE_SSLCERTDIR_BOUND}" = "true" ] && cert_dir="\${WORKSPACE_SSLCERTDIR_PATH}"
# shellcheck disable=SC2086
buildah "--storage-driver=\${PARAM_STORAGE_DRIVER}" bud \${cert_dir:+"--cert-dir=\${cert_dir}"} "$@" \${PARAM_BUILD_EXTRA_ARGS} \\
  "--format=\${PARAM_FORMAT}" "--tls-verify=\${PARAM_TLSVERIFY}" \\
  -f "\${PARAM_DOCKERFILE}" -t "\${PARAM_IMAGE}" "\${PARAM_CONTEXT}"
if [ "\${PARAM_SKIP_PUSH}" = "true" ]; then
  echo "buildah: push skipped (SKIP_PUSH is true)"
  exit 0
fi
# shellcheck disable=SC2086
buildah "--storage-driver=\${PARAM_STORAGE_DRIVER}" push \${cert_dir:+"--cert-dir=\${cert_dir}"} "--tls-verify=\${PARAM_TLSVERIFY}" \\
  --digestfile "\${RESULTS_IMAGE_DIGEST_PATH}" \${PARAM_PUSH_EXTRA_ARGS} \\
  "\${PARAM_IMAGE}" "docker://\${PARAM_IMAGE}"
printf '%s' "\${PARAM_IMAGE}" > "\${RESULTS_IMAGE_URL_PATH}"
`;

/**
 * Builds an image from a Dockerfile with buildah and pushes it: the interface of the Tekton
 * catalog's buildah 0.9 (same params, workspaces and results), written here. Registry
 * credentials: bind the `dockerconfig` workspace with `WorkspaceBinding.dockerConfig(secret)`,
 * or, with that workspace unbound, list a DockerConfigSecret on the run's service account. The
 * same credentials serve the push and the pull of a private base image. The step runs
 * privileged, as the catalog's does, with its image store on an emptyDir.
 * @see https://github.com/tektoncd/catalog/tree/main/task/buildah/0.9
 */
export class BuildahTask extends Task<ParamName<typeof BUILDAH_0_9>, WorkspaceName<typeof BUILDAH_0_9>, ResultName<typeof BUILDAH_0_9>> {
  /** The names of its params, for typed references and checks. */
  public static readonly PARAM_NAMES = BUILDAH_0_9.params.map((p) => p.name);

  public constructor(scope: Construct, id: string, props: ResourceProps = {}) {
    super(scope, id, {
      ...props,
      labels: { 'app.kubernetes.io/version': '0.9', ...props.labels },
      description: 'Builds a Dockerfile with buildah and pushes the image, with the interface of the Tekton catalog\'s buildah 0.9.',
    });
    declareInterface(this, BUILDAH_0_9);
    const env: Record<string, string> = {};
    for (const p of ['IMAGE', 'STORAGE_DRIVER', 'DOCKERFILE', 'CONTEXT', 'TLSVERIFY', 'FORMAT', 'BUILD_EXTRA_ARGS', 'PUSH_EXTRA_ARGS', 'SKIP_PUSH']) env[`PARAM_${p}`] = `$(params.${p})`;
    for (const ws of ['dockerconfig', 'sslcertdir']) {
      env[`WORKSPACE_${ws.toUpperCase()}_BOUND`] = `$(workspaces.${ws}.bound)`;
      env[`WORKSPACE_${ws.toUpperCase()}_PATH`] = `$(workspaces.${ws}.path)`;
    }
    for (const r of ['IMAGE_DIGEST', 'IMAGE_URL']) env[`RESULTS_${r}_PATH`] = `$(results.${r}.path)`;
    this.addVolume({ name: 'varlibcontainers', emptyDir: {} });
    this.addStep({
      name: 'build-and-push',
      image: this.param('BUILDER_IMAGE'),
      workingDir: this.workspace('source').path,
      env,
      args: [this.param('BUILD_ARGS').all],
      script: SCRIPT,
      volumeMounts: [{ name: 'varlibcontainers', mountPath: '/var/lib/containers' }],
      // buildah needs the privileges the catalog's task gives it to build without a daemon.
      securityContext: { privileged: true },
    });
  }
}
