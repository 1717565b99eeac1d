export { OrkaCluster } from './cluster';
export type { OrkaClusterV2Options, OrkaClusterV3Options, SecretKey } from './cluster';
export { OrkaBuildScript } from './script';
export { OrkaMacBuild, OrkaMacBuildStep } from './mac-build';
export type { OrkaMacBuildOptions, OrkaMacBuildProps, OrkaSshOptions, OrkaTimeouts } from './mac-build';
export { emitImageContext, RUNNER_BASE_IMAGE } from './image-context';
