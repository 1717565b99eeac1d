import { ApiObject } from 'cdk8s';
import type { Param } from '../param';
import type { Task } from '../task';
import { PARAM_ROLES_ANNOTATION, ParamRole, REGISTRY_AUTH_ANNOTATION, RegistryAuth, SECRET_TYPE, WORKSPACE_SECRETS_ANNOTATION } from '../facts/credentials';
import type { TaskWorkspace } from '../workspace';

const OF = new WeakMap<Task, TaskCredentials>();

function sorted(map: Map<string, string>): string {
  return JSON.stringify(Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

/**
 * Marks which params of a Task are git URLs or image references, and which workspaces take which
 * kind of credential, so the credential checks know where to look (at synth and in `validate`:
 * the marks are annotations on the Task). The catalog Tasks are marked already.
 *
 * @example TaskCredentials.of(task).gitUrl(task.param('repo')).image(task.param('image'))
 */
export class TaskCredentials {
  /** The marks of `task`. */
  public static of(task: Task): TaskCredentials {
    let marks = OF.get(task);
    if (!marks) {
      marks = new TaskCredentials(task);
      OF.set(task, marks);
    }
    return marks;
  }

  private readonly params = new Map<string, string>();
  private readonly workspaces = new Map<string, string>();

  private constructor(private readonly task: Task) {}

  /** The param holds a git URL (its host needs a git credential; ssh URLs need an SSH key). */
  public gitUrl(param: Param | string): this {
    return this.mark(param, 'git-url');
  }

  /** The param holds an image reference the task pushes (its registry needs a DockerConfigSecret). */
  public image(param: Param | string): this {
    return this.mark(param, 'image');
  }

  /** The workspace must be bound with WorkspaceBinding.sshDirectory(gitSshSecret). */
  public sshDirectory(workspace: TaskWorkspace | string): this {
    return this.markWorkspace(workspace, SECRET_TYPE.sshAuth);
  }

  /** The workspace must be bound with WorkspaceBinding.dockerConfig(dockerConfigSecret). */
  public dockerConfig(workspace: TaskWorkspace | string): this {
    return this.markWorkspace(workspace, SECRET_TYPE.dockerConfigJson);
  }

  /**
   * Which registry credentials the task's tool reads, when its steps do not say it with a literal
   * DOCKER_CONFIG or REGISTRY_AUTH_FILE env (which the checks read as `workspace-only`):
   * `workspace-else-account` for a tool that reads its dockerconfig workspace when bound and else
   * $HOME/.docker/config.json, where Tekton copies the run's service account credentials (buildah).
   */
  public registryAuth(auth: RegistryAuth): this {
    ApiObject.of(this.task).metadata.addAnnotation(REGISTRY_AUTH_ANNOTATION, auth);
    return this;
  }

  private mark(param: Param | string, role: ParamRole): this {
    const name = typeof param === 'string' ? this.task.param(param).name : param.name;
    this.task.param(name);
    this.params.set(name, role);
    ApiObject.of(this.task).metadata.addAnnotation(PARAM_ROLES_ANNOTATION, sorted(this.params));
    return this;
  }

  private markWorkspace(workspace: TaskWorkspace | string, type: string): this {
    const name = typeof workspace === 'string' ? workspace : workspace.name;
    this.task.workspace(name);
    this.workspaces.set(name, type);
    ApiObject.of(this.task).metadata.addAnnotation(WORKSPACE_SECRETS_ANNOTATION, sorted(this.workspaces));
    return this;
  }
}
