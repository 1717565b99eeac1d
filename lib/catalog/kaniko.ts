import { Construct } from 'constructs';
import type { ResourceProps } from '../resource';
import { Task } from '../task';
import { KANIKO_0_7, ParamName, ResultName, WorkspaceName } from '../facts/hub-tasks';
import { declareInterface } from './interface';

/**
 * Builds an image from a Dockerfile with Kaniko and pushes it: the interface of the Tekton
 * catalog's kaniko 0.7 (same params, workspaces and results), written here. Kaniko reads
 * registry credentials from `/kaniko/.docker/config.json`, where the `dockerconfig` workspace is
 * mounted: bind it with `WorkspaceBinding.dockerConfig(dockerConfigSecret)`.
 * @see https://github.com/tektoncd/catalog/tree/main/task/kaniko/0.7
 */
export class KanikoTask extends Task<ParamName<typeof KANIKO_0_7>, WorkspaceName<typeof KANIKO_0_7>, ResultName<typeof KANIKO_0_7>> {
  /** The names of its params, for typed references and checks. */
  public static readonly PARAM_NAMES = KANIKO_0_7.params.map((p) => p.name);

  public constructor(scope: Construct, id: string, props: ResourceProps = {}) {
    super(scope, id, {
      ...props,
      labels: { 'app.kubernetes.io/version': '0.7', ...props.labels },
      description: 'Builds a Dockerfile with Kaniko and pushes the image, with the interface of the Tekton catalog\'s kaniko 0.7.',
    });
    declareInterface(this, KANIKO_0_7);
    this.addStep({
      name: 'build-and-push',
      image: this.param('BUILDER_IMAGE'),
      workingDir: this.workspace('source').path,
      env: { DOCKER_CONFIG: '/kaniko/.docker' },
      args: [
        this.param('EXTRA_ARGS').all,
        `--dockerfile=${this.param('DOCKERFILE')}`,
        `--context=${this.workspace('source').path}/${this.param('CONTEXT')}`,
        `--destination=${this.param('IMAGE')}`,
        `--digest-file=${this.result('IMAGE_DIGEST').path}`,
      ],
      // Kaniko unpacks the base image's file system over its own: it must run as root.
      securityContext: { runAsUser: 0 },
    });
    this.addStep({
      name: 'write-url',
      image: this.param('WRITER_IMAGE'),
      env: { IMAGE: this.param('IMAGE'), RESULT_PATH: this.result('IMAGE_URL').path },
      script: 'set -e\nprintf \'%s\' "${IMAGE}" > "${RESULT_PATH}"\n',
    });
  }
}
