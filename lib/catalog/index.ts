export { BuildahTask } from './buildah';
export { GitCloneTask } from './git-clone';
export { KanikoTask } from './kaniko';
