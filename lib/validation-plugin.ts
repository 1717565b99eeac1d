// The rule engine as a cdk8s-cli validation plugin. cdk8s' App.synth() reports validation errors
// by throwing, so a failing `cdk8s synth` prints two stack traces (the app's, then the CLI's);
// a validation plugin's report is printed by the CLI as a list, which exits 2 without one.
import { describeProblem, formatProblem, isWarning, PLUGIN_SURFACE, validateManifests } from './validate';
import type { ManifestInput, ValidationOptions } from './validate/types';

/** The parts of cdk8s-cli's ValidationContext the plugin uses (cdk8s-cli is not a runtime dependency). */
export interface PluginContext {
  /** Paths of the manifest files synth wrote. */
  readonly manifests: readonly string[];
  /** The documents of one manifest file. */
  parseManifest(manifestPath: string): any[];
  /** Where the plugin reports its violations and its final status. */
  readonly report: {
    addViolation(violation: {
      readonly ruleName: string;
      readonly recommendation: string;
      readonly fix: string;
      readonly violatingResources: ReadonlyArray<{ readonly resourceName: string; readonly locations: readonly string[]; readonly manifestPath: string }>;
    }): void;
    submit(status: 'success' | 'failure', metadata?: Readonly<Record<string, string>>): void;
  };
  /** The CLI's log. */
  readonly logger: { log(message: string): void };
}

/**
 * Validates the manifests `cdk8s synth` wrote, all together, and reports each problem to the
 * cdk8s CLI, which prints the list and exits 2. Turn the synth-time validation off in the app
 * (`configureValidation(app, { enabled: false })`), and list the plugin in cdk8s.yaml; its
 * `properties` are the validation options:
 *
 * ```yaml
 * validations:
 *   - package: ./node_modules/cdk8s-tekton
 *     class: TektonValidation
 *     version: 0.1.0
 *     properties: { apiFields: beta }
 * ```
 */
export class TektonValidation {
  public constructor(private readonly options: ValidationOptions = {}) {}

  /** Called by the cdk8s CLI after synth: validates every manifest it wrote and reports the problems. */
  public async validate(context: PluginContext): Promise<void> {
    const inputs: Array<ManifestInput & { readonly file: string }> = [];
    for (const file of context.manifests) {
      for (const manifest of context.parseManifest(file)) if (manifest !== null && manifest !== undefined) inputs.push({ manifest, source: file, file });
    }
    const problems = validateManifests(inputs, this.options, PLUGIN_SURFACE);
    for (const p of problems) {
      if (isWarning(p)) {
        context.logger.log(formatProblem(p));
        continue;
      }
      const name = inputs[p.input].manifest?.metadata?.name;
      context.report.addViolation({
        ruleName: p.rule,
        recommendation: describeProblem(p),
        fix: p.fix,
        violatingResources: [{ resourceName: typeof name === 'string' ? name : p.resource, locations: [p.field], manifestPath: inputs[p.input].file }],
      });
    }
    const errors = problems.filter((p) => !isWarning(p)).length;
    context.report.submit(errors === 0 ? 'success' : 'failure', { problems: String(errors), documents: String(inputs.length) });
  }
}
