import { TaskCredentials } from '../credentials/task-credentials';
import { ParamType } from '../param';
import type { Task } from '../task';
import { SECRET_TYPE } from '../facts/credentials';
import type { HubTask } from '../facts/hub-tasks';

/**
 * Declares the params, workspaces and results of a catalog task on `task`, exactly as the
 * catalog has them (names, types, defaults, optionality), and marks the credential roles.
 */
export function declareInterface(task: Task, iface: HubTask): void {
  const marks = TaskCredentials.of(task);
  for (const p of iface.params) {
    task.addParam(p.name, {
      type: p.type === 'array' ? ParamType.ARRAY : ParamType.STRING,
      description: p.description,
      default: p.default,
    });
    if (p.role === 'git-url') marks.gitUrl(p.name);
    if (p.role === 'image') marks.image(p.name);
  }
  for (const w of iface.workspaces) {
    task.addWorkspace(w.name, { description: w.description, optional: w.optional, mountPath: w.mountPath });
    if (w.secretType === SECRET_TYPE.sshAuth) marks.sshDirectory(w.name);
    if (w.secretType === SECRET_TYPE.dockerConfigJson) marks.dockerConfig(w.name);
  }
  for (const r of iface.results) task.addResult(r.name, { description: r.description });
  // Kaniko's step says it itself with DOCKER_CONFIG; buildah's script decides at run time.
  if (iface.registryAuth === 'workspace-else-account') marks.registryAuth(iface.registryAuth);
}
