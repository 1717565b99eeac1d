// Child process of the synth benchmark: builds one pipeline and prints its peak RSS in MB.
import { floorSynth, sdkSynth, Shape } from './pipelines';
import { ownPeakRssMb } from './stats';

const [mode, n, shape] = process.argv.slice(2);
(mode === 'sdk' ? sdkSynth : floorSynth)(Number(n), shape as Shape);
process.stdout.write(`${ownPeakRssMb().toFixed(1)}\n`);
