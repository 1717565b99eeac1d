// The interfaces of the Tekton catalog tasks this SDK knows: the catalog Tasks of lib/catalog/
// are built from them, and the validator checks hub refs to them (`TaskRef.hub('git-clone',
// '0.10')`) against the same data. Params and workspaces carry the credential roles that the
// credential rules (credentials.ts) read.
import { SECRET_TYPE } from './credentials';

export interface HubParam {
  readonly name: string;
  /** @default 'string' */
  readonly type?: 'string' | 'array';
  /** Absent: the param is required. */
  readonly default?: string | readonly string[];
  readonly description: string;
  /** What the value is, for the credential rules. */
  readonly role?: 'git-url' | 'image';
}

export interface HubWorkspace {
  readonly name: string;
  readonly optional?: boolean;
  readonly mountPath?: string;
  readonly description: string;
  /** The Secret type a binding of this workspace must hold. */
  readonly secretType?: string;
}

/** The param, workspace and result names of a catalog task's data, as string literal unions (`ParamName<typeof KANIKO>`). */
export type ParamName<T extends HubTask> = T['params'][number]['name'];
/** See ParamName. */
export type WorkspaceName<T extends HubTask> = T['workspaces'][number]['name'];
/** See ParamName. */
export type ResultName<T extends HubTask> = T['results'][number]['name'];

export interface HubTask {
  readonly name: string;
  readonly version: string;
  readonly params: readonly HubParam[];
  readonly workspaces: readonly HubWorkspace[];
  readonly results: ReadonlyArray<{ readonly name: string; readonly description: string }>;
}

export const GIT_CLONE = {
  name: 'git-clone',
  version: '0.10',
  params: [
    { name: 'url', description: 'Repository URL to clone from (https://, ssh:// or git@host:path).', role: 'git-url' },
    { name: 'revision', default: '', description: 'Branch, tag, commit SHA or ref to check out; empty for the remote default branch.' },
    { name: 'refspec', default: '', description: 'Refspec to fetch before checking out the revision.' },
    { name: 'submodules', default: 'true', description: 'Initialize and fetch git submodules.' },
    { name: 'depth', default: '1', description: 'Shallow clone depth; 0 fetches all history.' },
    { name: 'sslVerify', default: 'true', description: 'Verify the server\'s TLS certificate (http.sslVerify).' },
    { name: 'crtFileName', default: 'ca-bundle.crt', description: 'File name of the CA bundle in the ssl-ca-directory workspace.' },
    { name: 'subdirectory', default: '', description: 'Subdirectory of the output workspace to clone into.' },
    { name: 'sparseCheckoutDirectories', default: '', description: 'Comma-separated directory patterns for a sparse checkout; empty checks out everything.' },
    { name: 'deleteExisting', default: 'true', description: 'Empty the target directory before cloning.' },
    { name: 'httpProxy', default: '', description: 'HTTP proxy server for non-TLS requests.' },
    { name: 'httpsProxy', default: '', description: 'HTTPS proxy server for TLS requests.' },
    { name: 'noProxy', default: '', description: 'Hosts to reach without the proxy.' },
    { name: 'verbose', default: 'true', description: 'Print the commands as they run.' },
    { name: 'gitInitImage', default: 'ghcr.io/tektoncd-catalog/git-clone:v1.1.0', description: 'Image that runs the clone (needs sh, git and ssh).' },
    { name: 'userHome', default: '/home/git', description: 'Home directory of the user the clone runs as; ~/.ssh and ~/.gitconfig are set up there.' },
  ],
  workspaces: [
    { name: 'output', description: 'The repository is cloned into this workspace (at subdirectory).' },
    { name: 'ssh-directory', optional: true, description: 'A .ssh directory: private key, known_hosts, optionally config. Bind it with WorkspaceBinding.sshDirectory(secret).', secretType: SECRET_TYPE.sshAuth },
    { name: 'basic-auth', optional: true, description: 'A .gitconfig and a .git-credentials file for https authentication.' },
    { name: 'ssl-ca-directory', optional: true, description: 'A CA bundle (crtFileName) to trust for https.' },
  ],
  results: [
    { name: 'commit', description: 'The SHA of the commit checked out.' },
    { name: 'url', description: 'The URL that was cloned.' },
    { name: 'committer-date', description: 'The committer date of the commit, in seconds since the epoch.' },
  ],
} as const satisfies HubTask;

export const KANIKO = {
  name: 'kaniko',
  version: '0.7',
  params: [
    { name: 'IMAGE', description: 'Reference of the image to build and push.', role: 'image' },
    { name: 'DOCKERFILE', default: './Dockerfile', description: 'Path of the Dockerfile, relative to the source workspace.' },
    { name: 'CONTEXT', default: './', description: 'Build context directory, relative to the source workspace.' },
    { name: 'EXTRA_ARGS', type: 'array', default: [], description: 'Extra arguments for the Kaniko executor.' },
    { name: 'BUILDER_IMAGE', default: 'gcr.io/kaniko-project/executor:v1.5.1@sha256:c6166717f7fe0b7da44908c986137ecfeab21f31ec3992f6e128fff8a94be8a5', description: 'The Kaniko executor image.' },
    { name: 'WRITER_IMAGE', default: 'docker.io/library/bash:5.1.4@sha256:c523c636b722339f41b6a431b44588ab2f762c5de5ec3bd7964420ff982fb1d9', description: 'Image of the step that writes the IMAGE_URL result.' },
  ],
  workspaces: [
    { name: 'source', description: 'Holds the build context and the Dockerfile.' },
    { name: 'dockerconfig', optional: true, mountPath: '/kaniko/.docker', description: 'A config.json with registry credentials, where Kaniko reads it. Bind it with WorkspaceBinding.dockerConfig(secret).', secretType: SECRET_TYPE.dockerConfigJson },
  ],
  results: [
    { name: 'IMAGE_DIGEST', description: 'Digest of the image just built.' },
    { name: 'IMAGE_URL', description: 'URL of the image just built.' },
  ],
} as const satisfies HubTask;

export const BUILDAH = {
  name: 'buildah',
  version: '0.9',
  params: [
    { name: 'IMAGE', description: 'Reference of the image buildah will produce.', role: 'image' },
    { name: 'BUILDER_IMAGE', default: 'quay.io/buildah/stable:v1', description: 'The buildah image.' },
    { name: 'STORAGE_DRIVER', default: 'overlay', description: 'Buildah storage driver.' },
    { name: 'DOCKERFILE', default: './Dockerfile', description: 'Path to the Dockerfile.' },
    { name: 'CONTEXT', default: '.', description: 'Build context directory.' },
    { name: 'TLSVERIFY', default: 'true', description: 'Verify TLS on the registry endpoint.' },
    { name: 'FORMAT', default: 'oci', description: 'oci or docker.' },
    { name: 'BUILD_EXTRA_ARGS', default: '', description: 'Extra arguments of the build command.' },
    { name: 'PUSH_EXTRA_ARGS', default: '', description: 'Extra arguments of the push command.' },
    { name: 'SKIP_PUSH', default: 'false', description: 'Skip pushing the image.' },
    { name: 'BUILD_ARGS', type: 'array', default: [''], description: 'Dockerfile build arguments, key=value.' },
  ],
  workspaces: [
    { name: 'source', description: 'Holds the build context.' },
    { name: 'sslcertdir', optional: true, description: 'Extra CA certificates.' },
    { name: 'dockerconfig', optional: true, description: 'A config.json with registry credentials.', secretType: SECRET_TYPE.dockerConfigJson },
  ],
  results: [
    { name: 'IMAGE_DIGEST', description: 'Digest of the image just built.' },
    { name: 'IMAGE_URL', description: 'Image repository the image was pushed to.' },
  ],
} as const satisfies HubTask;

const KNOWN = new Map<string, HubTask>([GIT_CLONE, KANIKO, BUILDAH].map((t) => [`${t.name}@${t.version}`, t]));

/** The catalog task `name` at `version`, when the SDK has its interface. */
export function hubTask(name: string, version: string): HubTask | undefined {
  return KNOWN.get(`${name}@${version}`);
}

/** Every catalog task the SDK knows, as `name version`. */
export function knownHubTasks(): string[] {
  return [...KNOWN.values()].map((t) => `${t.name} ${t.version}`);
}
