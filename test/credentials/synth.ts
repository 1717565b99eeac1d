// Synthesizes a construct program as `cdk8s synth` does, for the credential tests: the error lines
// it fails with, or its manifests; and the same program's YAML through the validator.
import { App, Chart, Testing, Yaml } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import { configureValidation, formatProblem, validateManifests } from '../../lib';

export type Program = (chart: Chart) => void;

function build(program: Program, validate: boolean): App {
  const app = Testing.app();
  if (!validate) configureValidation(app, { enabled: false });
  program(new Chart(app, 'loyalty'));
  return app;
}

/** The error lines synth fails with (without the "Validation failed" header); none when it passes. */
export function synthErrors(program: Program): string[] {
  try {
    build(program, true).synth();
  } catch (e) {
    return (e as Error).message.split('\n').slice(1).map((l) => l.trim());
  }
  return [];
}

/** The manifests of a program that synthesizes. */
export function manifests(program: Program): Array<Record<string, any>> {
  const app = build(program, true);
  app.synth();
  return app.charts[0].toJson();
}

/** The manifests of a program synth refuses (validation off): what the cluster would run. */
export function manifestsUnchecked(program: Program): Array<Record<string, any>> {
  return build(program, false).charts[0].toJson();
}

/** The program's YAML (synthesized without validation) through the validator, as `cdk8s-tekton validate` reads it. */
export function validateLines(program: Program): string[] {
  const yaml = Yaml.stringify(...build(program, false).charts[0].toJson());
  const docs = parseAllDocuments(yaml).map((d) => d.toJSON());
  return validateManifests(docs.map((manifest, i) => ({ manifest, source: `loyalty.k8s.yaml#${i}` }))).map(formatProblem);
}
