import { Construct } from 'constructs';
import type { ResourceProps } from '../resource';
import { Task } from '../task';
import { GIT_CLONE_0_10, ParamName, ResultName, WorkspaceName } from '../facts/hub-tasks';
import { declareInterface } from './interface';

// Written for this SDK: plain git and ssh in POSIX sh, every value passed in through env vars.
// Credentials come from the workspaces, else from Tekton's own credential initialisation (Secrets
// on the run's service account, in $(credentials.path)), copied into userHome. ssh takes ~/.ssh
// from the passwd entry rather than $HOME, so the keys, config and known_hosts in $HOME/.ssh are
// handed to it explicitly through GIT_SSH_COMMAND.
const SCRIPT = `#!/usr/bin/env sh
set -eu
[ "\${PARAM_VERBOSE}" = "true" ] && set -x

export HOME="\${PARAM_USER_HOME}"
mkdir -p "\${HOME}"
if [ "\${WORKSPACE_SSH_DIRECTORY_BOUND}" = "true" ]; then
  rm -rf "\${HOME}/.ssh"
  mkdir -p "\${HOME}/.ssh"
  for f in "\${WORKSPACE_SSH_DIRECTORY_PATH}"/*; do
    [ -f "\${f}" ] && cp -L "\${f}" "\${HOME}/.ssh/"
  done
elif [ -d "\${CREDENTIALS_PATH}/.ssh" ] && [ "\${CREDENTIALS_PATH}" != "\${HOME}" ]; then
  rm -rf "\${HOME}/.ssh"
  cp -RL "\${CREDENTIALS_PATH}/.ssh" "\${HOME}/.ssh"
fi
if [ -d "\${HOME}/.ssh" ]; then
  chmod 700 "\${HOME}/.ssh"
  chmod 400 "\${HOME}"/.ssh/*
  ssh_command="ssh -o BatchMode=yes"
  if [ -f "\${HOME}/.ssh/config" ]; then ssh_command="\${ssh_command} -F '\${HOME}/.ssh/config'"; else ssh_command="\${ssh_command} -F /dev/null"; fi
  # Tekton's credential initialisation writes a config naming each host's key; given on the command
  # line too, every key would be offered to every host, and the first one a forge accepts wins.
  if ! grep -qi '^ *IdentityFile ' "\${HOME}/.ssh/config" 2>/dev/null; then
    for key in "\${HOME}"/.ssh/id_*; do
      case "\${key}" in *.pub|*'/id_*') ;; *) ssh_command="\${ssh_command} -i '\${key}'" ;; esac
    done
  fi
  if [ -f "\${HOME}/.ssh/known_hosts" ]; then
    ssh_command="\${ssh_command} -o UserKnownHostsFile='\${HOME}/.ssh/known_hosts' -o StrictHostKeyChecking=yes"
  else
    echo "git-clone: no known_hosts for ssh; host keys are accepted without verification" >&2
    ssh_command="\${ssh_command} -o UserKnownHostsFile=/dev/null -o StrictHostKeyChecking=no"
  fi
  export GIT_SSH_COMMAND="\${ssh_command}"
fi
if [ "\${WORKSPACE_BASIC_AUTH_BOUND}" = "true" ]; then
  cp -L "\${WORKSPACE_BASIC_AUTH_PATH}/.git-credentials" "\${HOME}/.git-credentials"
  cp -L "\${WORKSPACE_BASIC_AUTH_PATH}/.gitconfig" "\${HOME}/.gitconfig"
  chmod 400 "\${HOME}/.git-credentials" "\${HOME}/.gitconfig"
elif [ -f "\${CREDENTIALS_PATH}/.git-credentials" ] && [ "\${CREDENTIALS_PATH}" != "\${HOME}" ]; then
  cp -L "\${CREDENTIALS_PATH}/.git-credentials" "\${CREDENTIALS_PATH}/.gitconfig" "\${HOME}/"
fi
if [ "\${WORKSPACE_SSL_CA_DIRECTORY_BOUND}" = "true" ]; then
  export GIT_SSL_CAINFO="\${WORKSPACE_SSL_CA_DIRECTORY_PATH}/\${PARAM_CRT_FILENAME}"
fi
[ -n "\${PARAM_HTTP_PROXY}" ] && export HTTP_PROXY="\${PARAM_HTTP_PROXY}"
[ -n "\${PARAM_HTTPS_PROXY}" ] && export HTTPS_PROXY="\${PARAM_HTTPS_PROXY}"
[ -n "\${PARAM_NO_PROXY}" ] && export NO_PROXY="\${PARAM_NO_PROXY}"

dir="\${WORKSPACE_OUTPUT_PATH}/\${PARAM_SUBDIRECTORY}"
if [ "\${PARAM_DELETE_EXISTING}" = "true" ] && [ -d "\${dir}" ]; then
  rm -rf "\${dir:?}"/* "\${dir}"/.[!.]* "\${dir}"/..?*
fi
mkdir -p "\${dir}"
cd "\${dir}"
git init -q
git config http.sslVerify "\${PARAM_SSL_VERIFY}"
git remote remove origin 2>/dev/null || true
git remote add origin "\${PARAM_URL}"
if [ -n "\${PARAM_SPARSE_CHECKOUT_DIRECTORIES}" ]; then
  git config core.sparseCheckout true
  printf '%s\\n' "\${PARAM_SPARSE_CHECKOUT_DIRECTORIES}" | tr ',' '\\n' > .git/info/sparse-checkout
fi
depth=""
[ "\${PARAM_DEPTH}" != "0" ] && depth="--depth=\${PARAM_DEPTH}"
if [ -n "\${PARAM_REFSPEC}" ]; then
  git fetch -q \${depth} origin "\${PARAM_REFSPEC}"
  git checkout -q --force "\${PARAM_REVISION:-FETCH_HEAD}"
else
  git fetch -q \${depth} origin "\${PARAM_REVISION:-HEAD}"
  git checkout -q --force FETCH_HEAD
fi
[ "\${PARAM_SUBMODULES}" = "true" ] && git submodule update -q --init --recursive \${depth}
printf '%s' "$(git rev-parse HEAD)" > "\${RESULTS_COMMIT_PATH}"
printf '%s' "\${PARAM_URL}" > "\${RESULTS_URL_PATH}"
printf '%s' "$(git log -1 --pretty=%ct)" > "\${RESULTS_COMMITTER_DATE_PATH}"
`;

const ENV_OF_PARAM: Record<string, string> = {
  url: 'PARAM_URL', revision: 'PARAM_REVISION', refspec: 'PARAM_REFSPEC', submodules: 'PARAM_SUBMODULES', depth: 'PARAM_DEPTH',
  sslVerify: 'PARAM_SSL_VERIFY', crtFileName: 'PARAM_CRT_FILENAME', subdirectory: 'PARAM_SUBDIRECTORY',
  sparseCheckoutDirectories: 'PARAM_SPARSE_CHECKOUT_DIRECTORIES', deleteExisting: 'PARAM_DELETE_EXISTING', httpProxy: 'PARAM_HTTP_PROXY',
  httpsProxy: 'PARAM_HTTPS_PROXY', noProxy: 'PARAM_NO_PROXY', verbose: 'PARAM_VERBOSE', userHome: 'PARAM_USER_HOME',
};

/**
 * Clones a git repository into the `output` workspace: the interface of the Tekton catalog's
 * git-clone 0.10 (same params, workspaces and results), written here, running as non-root.
 * Bind `ssh-directory` with `WorkspaceBinding.sshDirectory(gitSshSecret)` for SSH URLs.
 * @see https://github.com/tektoncd/catalog/tree/main/task/git-clone/0.10
 */
export class GitCloneTask extends Task<ParamName<typeof GIT_CLONE_0_10>, WorkspaceName<typeof GIT_CLONE_0_10>, ResultName<typeof GIT_CLONE_0_10>> {
  /** The names of its params, for typed references and checks. */
  public static readonly PARAM_NAMES = GIT_CLONE_0_10.params.map((p) => p.name);

  public constructor(scope: Construct, id: string, props: ResourceProps = {}) {
    super(scope, id, {
      ...props,
      labels: { 'app.kubernetes.io/version': '0.10', ...props.labels },
      description: 'Clones a git repository into the output workspace (https or SSH), with the interface of the Tekton catalog\'s git-clone 0.10.',
    });
    declareInterface(this, GIT_CLONE_0_10);
    const env: Record<string, string> = {};
    for (const [param, name] of Object.entries(ENV_OF_PARAM)) env[name] = `$(params.${param})`;
    for (const ws of ['output', 'ssh-directory', 'basic-auth', 'ssl-ca-directory']) {
      const name = `WORKSPACE_${ws.toUpperCase().replace(/-/g, '_')}`;
      env[`${name}_PATH`] = `$(workspaces.${ws}.path)`;
      if (ws !== 'output') env[`${name}_BOUND`] = `$(workspaces.${ws}.bound)`;
    }
    for (const r of ['commit', 'url', 'committer-date']) env[`RESULTS_${r.toUpperCase().replace(/-/g, '_')}_PATH`] = `$(results.${r}.path)`;
    env.CREDENTIALS_PATH = '$(credentials.path)';
    this.addStep({
      name: 'clone',
      image: this.param('gitInitImage'),
      env,
      script: SCRIPT,
      securityContext: { runAsNonRoot: true, runAsUser: 65532 },
    });
  }
}
