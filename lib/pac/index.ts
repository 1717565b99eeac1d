export { PacPipelineRun, PacPath } from './pipeline-run';
export type { PacPipelineRunProps, PacTriggers, PacEvent } from './pipeline-run';
export { PacVariable, PacVariables, PacGitAuthSecret } from './variables';
export { Glob, GlobSyntaxError, globMatches } from '../facts/pac-glob';
