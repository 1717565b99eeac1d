// Child process of the fresh-process benchmark, run from a precompiled copy of the repository.
// Loads the library (timed apart), then builds, synthesizes and writes one app the way a user's
// program does (`app.synth()`: validation, rendering, YAML, file); the floor writes the same
// objects with `Yaml.save`, and the quick floor with the quick YAML writer the SDK's synth uses
// (lib/yaml-fast-write.ts). Prints wall and CPU ms of both phases and the process's peak RSS.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Shape } from './floor';
import { ownPeakRssMb } from './stats';

const [mode, n, shape, outdir] = process.argv.slice(2);
const cpu = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const c0 = cpu();
const t0 = process.hrtime.bigint();
// Only what the mode needs is loaded, so the floor's RSS is not the SDK's.
const cdk8s: typeof import('cdk8s') = require('cdk8s');
const isFloor = mode === 'floor' || mode === 'floor-quick';
const floor: typeof import('./floor') | undefined = isFloor ? require('./floor') : undefined;
const quick: typeof import('../lib/yaml-fast-write') | undefined = mode === 'floor-quick' ? require('../lib/yaml-fast-write') : undefined;
const sdk: typeof import('./pipelines') | undefined = isFloor ? undefined : require('./pipelines');
const t1 = process.hrtime.bigint();
const c1 = cpu();
if (floor) {
  const docs = floor.floorObjects(Number(n), shape as Shape);
  const file = join(outdir, 'bench.k8s.yaml');
  if (quick) {
    const texts = docs.map((doc) => quick.writeSimpleYaml(doc));
    if (texts.includes(undefined)) throw new Error('bench: the quick YAML writer gave up on a floor document');
    writeFileSync(file, texts.join('---\n'));
  } else cdk8s.Yaml.save(file, docs);
} else sdk!.sdkApp(Number(n), shape as Shape, mode === 'sdk', outdir).synth();
const t2 = process.hrtime.bigint();
const c2 = cpu();
const ms = (a: bigint, b: bigint): number => Number(b - a) / 1e6;
process.stdout.write(`${JSON.stringify({ requireMs: ms(t0, t1), requireCpuMs: c1 - c0, synthMs: ms(t1, t2), synthCpuMs: c2 - c1, rssMb: ownPeakRssMb() })}\n`);
