export { GitSshSecret, GitBasicAuthSecret, DockerConfigSecret, OpaqueSecret, SecretKeyRef } from './secrets';
export type { GitSshSecretOptions, GitBasicAuthSecretOptions, DockerConfigSecretOptions, OpaqueSecretOptions } from './secrets';
export { PipelineServiceAccount } from './service-account';
export type { PipelineServiceAccountProps, ExistingServiceAccountOptions, IExistingServiceAccount } from './service-account';
export { TaskCredentials } from './task-credentials';
