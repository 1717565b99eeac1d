import { ApiObject, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { Pipeline } from './pipeline';
import { PipelineRun, TaskRun } from './runs';
import { StepAction } from './step-action';
import { Task } from './task';

const IMPORTERS: Record<string, (scope: Construct, id: string, m: Record<string, any>) => Construct> = {
  'tekton.dev/v1/Task': Task.fromManifest,
  'tekton.dev/v1/Pipeline': Pipeline.fromManifest,
  'tekton.dev/v1/TaskRun': TaskRun.fromManifest,
  'tekton.dev/v1/PipelineRun': PipelineRun.fromManifest,
  'tekton.dev/v1beta1/StepAction': StepAction.fromManifest,
};

/**
 * Imports one manifest: Tekton kinds become SDK constructs (Task, Pipeline, TaskRun, PipelineRun,
 * StepAction), anything else a plain ApiObject. Synthesizing gives back the same object, except
 * for the normalisation described in the README (empty lists and nulls are dropped, keys sorted,
 * StepAction v1alpha1 is written as v1beta1).
 */
export function fromManifest(scope: Construct, id: string, manifest: Record<string, any>): Construct {
  const apiVersion = manifest.apiVersion === 'tekton.dev/v1alpha1' && manifest.kind === 'StepAction' ? 'tekton.dev/v1beta1' : manifest.apiVersion;
  const importer = IMPORTERS[`${apiVersion}/${manifest.kind}`];
  if (importer) return importer(scope, id, manifest);
  if (typeof manifest.apiVersion === 'string' && manifest.apiVersion.startsWith('tekton.dev/')) {
    throw new Error(`fromManifest: ${manifest.kind} ${manifest.apiVersion} is not supported; supported: ${Object.keys(IMPORTERS).map((k) => k.replace(/\/(\w+)$/, ' $1')).join(', ')}. Convert it to tekton.dev/v1 first.`);
  }
  const obj = new ApiObject(scope, id, manifest as any);
  if (manifest.metadata?.name === undefined) obj.addJsonPatch(JsonPatch.remove('/metadata/name'));
  return obj;
}
