export { graphOf, graphsOf } from './model';
export type { PipelineGraph, GraphTask, GraphEdge } from './model';
export { toText, toMermaid, toDot } from './render';
