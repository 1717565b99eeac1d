// The cdk8s app of this repository: every example, one YAML file per chart in dist/.
import { App } from 'cdk8s';
import { DiamondChart } from './diamond/app';
import { HelloChart } from './hello/app';
import { LoyaltyPacChart } from './loyalty-pac/app';
import { LoyaltySystemChart } from './loyalty-system/app';
import { OrkaIosChart } from './orka-ios/app';
import { ResolversChart } from './resolvers/app';

/** Builds every example chart into `app`. */
export function buildExamples(app: App): void {
  new HelloChart(app);
  new DiamondChart(app);
  new ResolversChart(app);
  new OrkaIosChart(app);
  new LoyaltyPacChart(app);
}

if (require.main === module) {
  const app = new App();
  buildExamples(app);
  app.synth();
  // The loyalty examples are two versions of one system (the second adds Triggers to the first), so
  // they reuse names: each is synthesized and validated in an App of its own, into the same output
  // folder (cdk8s passes it in CDK8S_OUTDIR). loyalty-build is the program as a user writes it.
  require('./loyalty-build/app');
  const triggers = new App();
  new LoyaltySystemChart(triggers);
  triggers.synth();
}
