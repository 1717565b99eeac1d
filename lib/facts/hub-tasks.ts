// The interfaces of the Tekton catalog tasks this SDK knows, transcribed from the catalog's
// task/<name>/<version>/<name>.yaml: the catalog Tasks of lib/catalog/ are built from them, and the
// validator checks hub refs to them (`TaskRef.hub('git-clone', '0.9')`) against the same data.
// Params and workspaces carry the credential roles that the credential rules read, and each task
// says which registry credentials its build tool reads (docs/credentials.md has the sources).
// The definitions are `as const` so that their param names are literal types for typed references.
import { RegistryAuth, SECRET_TYPE } from './credentials';

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
  /** Which registry credentials the task's tool reads; absent for tasks that use none. */
  readonly registryAuth?: RegistryAuth;
  readonly params: readonly HubParam[];
  readonly workspaces: readonly HubWorkspace[];
  readonly results: ReadonlyArray<{ readonly name: string; readonly description: string }>;
}

const GIT_CLONE_PARAMS = [
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
] as const satisfies readonly HubParam[];

const GIT_CLONE_WORKSPACES = [
  { name: 'output', description: 'The repository is cloned into this workspace (at subdirectory).' },
  { name: 'ssh-directory', optional: true, description: 'A .ssh directory: private key, known_hosts, optionally config. Bind it with WorkspaceBinding.sshDirectory(secret).', secretType: SECRET_TYPE.sshAuth },
  { name: 'basic-auth', optional: true, description: 'A .gitconfig and a .git-credentials file for https authentication.' },
  { name: 'ssl-ca-directory', optional: true, description: 'A CA bundle (crtFileName) to trust for https.' },
] as const satisfies readonly HubWorkspace[];

const GIT_CLONE_RESULTS = [
  { name: 'commit', description: 'The SHA of the commit checked out.' },
  { name: 'url', description: 'The URL that was cloned.' },
  { name: 'committer-date', description: 'The committer date of the commit, in seconds since the epoch.' },
] as const;

export const GIT_CLONE_0_10 = { name: 'git-clone', version: '0.10', params: GIT_CLONE_PARAMS, workspaces: GIT_CLONE_WORKSPACES, results: GIT_CLONE_RESULTS } as const satisfies HubTask;

/** git-clone 0.9: the interface of 0.10, with the older git-init image as the default. */
export const GIT_CLONE_0_9 = {
  ...GIT_CLONE_0_10,
  version: '0.9',
  params: GIT_CLONE_PARAMS.map((p) => (p.name === 'gitInitImage' ? { ...p, default: 'ghcr.io/tektoncd/github.com/tektoncd/pipeline/cmd/git-init:v0.40.2' } : p)),
} as const satisfies HubTask;

const KANIKO_0_6_PARAMS = [
  { name: 'IMAGE', description: 'Reference of the image to build and push.', role: 'image' },
  { name: 'DOCKERFILE', default: './Dockerfile', description: 'Path of the Dockerfile, relative to the source workspace.' },
  { name: 'CONTEXT', default: './', description: 'Build context directory, relative to the source workspace.' },
  { name: 'EXTRA_ARGS', type: 'array', default: [], description: 'Extra arguments for the Kaniko executor.' },
  { name: 'BUILDER_IMAGE', default: 'gcr.io/kaniko-project/executor:v1.5.1@sha256:c6166717f7fe0b7da44908c986137ecfeab21f31ec3992f6e128fff8a94be8a5', description: 'The Kaniko executor image.' },
] as const satisfies readonly HubParam[];

const KANIKO_BODY = {
  name: 'kaniko',
  // The executor image sets DOCKER_CONFIG=/kaniko/.docker, where the dockerconfig workspace is mounted.
  registryAuth: 'workspace-only',
  workspaces: [
    { name: 'source', description: 'Holds the build context and the Dockerfile.' },
    { name: 'dockerconfig', optional: true, mountPath: '/kaniko/.docker', description: 'A config.json with registry credentials, where Kaniko reads it. Bind it with WorkspaceBinding.dockerConfig(secret).', secretType: SECRET_TYPE.dockerConfigJson },
  ],
  results: [
    { name: 'IMAGE_DIGEST', description: 'Digest of the image just built.' },
    { name: 'IMAGE_URL', description: 'URL of the image just built.' },
  ],
} as const;

export const KANIKO_0_6 = { ...KANIKO_BODY, version: '0.6', params: KANIKO_0_6_PARAMS } as const satisfies HubTask;

export const KANIKO_0_7 = {
  ...KANIKO_BODY,
  version: '0.7',
  params: [
    ...KANIKO_0_6_PARAMS,
    { name: 'WRITER_IMAGE', default: 'docker.io/library/bash:5.1.4@sha256:c523c636b722339f41b6a431b44588ab2f762c5de5ec3bd7964420ff982fb1d9', description: 'Image of the step that writes the IMAGE_URL result.' },
  ],
} as const satisfies HubTask;

const BUILDAH_BODY = {
  name: 'buildah',
  // Its script exports DOCKER_CONFIG=<workspace> only when dockerconfig is bound; else buildah reads ~/.docker/config.json.
  registryAuth: 'workspace-else-account',
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
} as const;

/** buildah 0.8 and 0.9 differ only in the order of the push command's arguments. */
export const BUILDAH_0_8 = { ...BUILDAH_BODY, version: '0.8' } as const satisfies HubTask;
export const BUILDAH_0_9 = { ...BUILDAH_BODY, version: '0.9' } as const satisfies HubTask;

const KNOWN = new Map<string, HubTask>([GIT_CLONE_0_9, GIT_CLONE_0_10, KANIKO_0_6, KANIKO_0_7, BUILDAH_0_8, BUILDAH_0_9].map((t) => [`${t.name}@${t.version}`, t]));

/** The catalog task `name` at `version`, when the SDK has its interface. */
export function hubTask(name: string, version: string): HubTask | undefined {
  return KNOWN.get(`${name}@${version}`);
}

/** Every catalog task the SDK knows, as `name version`. */
export function knownHubTasks(): string[] {
  return [...KNOWN.values()].map((t) => `${t.name} ${t.version}`);
}
