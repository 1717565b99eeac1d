// The Secrets an OrkaMacBuild Task mounts: the runner reads each one as a file named by an
// environment variable of its step (the contract in runner/orka), so the Secret and its key
// names are read back from the Task's volumes, mounts and env.
import { isObject } from '../validate/core';
import { SECRET_TYPE, type SecretFacts } from '../facts/credentials';

/** The runner's file variables, what the Secret behind each is, and the keys of a directory variable. */
const ORKA_FILES: Record<string, { what: string; keys?: readonly string[] }> = {
  ORKA_TOKEN_FILE: { what: 'Orka service-account token (orka3 serviceaccount token <name>)' },
  ORKA_CREDENTIALS_DIR: { what: 'Orka 2 user credentials', keys: ['email', 'password', 'licenseKey'] },
  ORKA_SSH_KEY_FILE: { what: 'SSH private key the runner logs in to the Orka VM with' },
  ORKA_SSH_PASSWORD_FILE: { what: 'SSH password the runner logs in to the Orka VM with' },
  ORKA_SSH_KNOWN_HOSTS_FILE: { what: 'known_hosts the Orka VM\'s host key must match' },
};

export interface OrkaSecret {
  readonly facts: SecretFacts;
  readonly what: string;
}

const list = (v: unknown): any[] => (Array.isArray(v) ? v : []);

/** The Task specs of a document: a Task's own, and a TaskRun's inline one. */
function taskSpecs(doc: Record<string, any>): Array<Record<string, any>> {
  if (doc.kind === 'Task' && isObject(doc.spec)) return [doc.spec];
  if (doc.kind === 'TaskRun' && isObject(doc.spec) && isObject(doc.spec.taskSpec)) return [doc.spec.taskSpec];
  return [];
}

/** The Orka Secrets a document's Task specs mount for the runner, with the keys the runner reads. */
export function orkaSecretsOf(doc: Record<string, any>): OrkaSecret[] {
  const out: OrkaSecret[] = [];
  for (const spec of taskSpecs(doc)) {
    const secretOfVolume = new Map<string, string>();
    for (const v of list(spec.volumes)) if (isObject(v) && typeof v.name === 'string' && isObject(v.secret) && typeof v.secret.secretName === 'string') secretOfVolume.set(v.name, v.secret.secretName);
    for (const step of list(spec.steps)) {
      if (!isObject(step)) continue;
      const mounts = list(step.volumeMounts).filter((m) => isObject(m) && typeof m.mountPath === 'string' && secretOfVolume.has(m.name));
      for (const env of list(step.env)) {
        const role = isObject(env) && typeof env.name === 'string' && Object.prototype.hasOwnProperty.call(ORKA_FILES, env.name) ? ORKA_FILES[env.name] : undefined;
        if (!role || typeof env.value !== 'string') continue;
        const value: string = env.value;
        const mount = mounts.find((m) => (role.keys ? value === m.mountPath : value.startsWith(`${m.mountPath}/`)));
        if (!mount) continue;
        const keys = role.keys ?? [value.slice(mount.mountPath.length + 1)];
        out.push({ facts: { name: secretOfVolume.get(mount.name)!, type: SECRET_TYPE.opaque, keys }, what: `${role.what}, read by ${env.name}` });
      }
    }
  }
  return out;
}
