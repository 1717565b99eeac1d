// The type a param or result reference stands for inside a PipelineSpec, so a value that is one
// reference can be checked against the type of the param it is given to.
import type { ReferenceTypes } from './cross';
import type { Interface } from './model';
import type { ParamScope } from './params';
import { Index, paramRef, resultRef } from './vars';

interface Producer {
  readonly iface?: Interface;
  readonly isPipeline: boolean;
  readonly matrixed: boolean;
}

/** Types of `$(params...)` by the pipeline's declarations and of `$(tasks...results...)` by the producing task's. */
export function referenceTypes(scope: ParamScope, tasks: ReadonlyMap<string, Producer>): ReferenceTypes {
  return (body) => {
    const p = paramRef(body);
    if (p) {
      if (p.malformed) return undefined;
      const info = scope.get(p.name);
      return info && typeOfPart(info.type, p.index, p.key);
    }
    const r = resultRef(body);
    if (!r || r.scope !== 'tasks') return undefined;
    const target = tasks.get(r.task);
    if (!target || target.isPipeline) return undefined;
    // A matrixed task's result is the list of every run's result.
    if (target.matrixed) return r.index === '*' ? 'array' : undefined;
    const declared = target.iface?.results.get(r.result);
    return declared && typeOfPart(declared, r.index, r.key);
  };
}

/** What `[*]`, `[N]` or `.key` after a reference of `type` gives; undefined for a form other rules report. */
function typeOfPart(type: string, index: Index | undefined, key: string | undefined): string | undefined {
  if (type === 'string') return index === undefined && key === undefined ? 'string' : undefined;
  if (type === 'array') return key !== undefined ? undefined : typeof index === 'number' ? 'string' : 'array';
  if (type === 'object') {
    if (key !== undefined) return index === undefined ? 'string' : undefined;
    return index === undefined || index === '*' ? 'object' : undefined;
  }
  return undefined;
}
