// Child process of the start-up benchmark, run from a precompiled copy of the repository: loads
// the module given (none: the bare node process) and prints the require's wall and CPU ms, the
// process's peak RSS and the number of modules loaded. With "after-cdk8s", cdk8s is loaded first,
// untimed, so the figure is what the module adds to a process that has cdk8s.
import { ownPeakRssMb } from './stats';

const [target, after] = process.argv.slice(2);
if (after === 'after-cdk8s') require('cdk8s');
const loaded = Object.keys(require.cache).length;
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
if (target) require(target);
const requireMs = Number(process.hrtime.bigint() - t0) / 1e6;
const { user, system } = process.cpuUsage(c0);
const requireCpuMs = (user + system) / 1000;
process.stdout.write(`${JSON.stringify({ requireMs, requireCpuMs, rssMb: ownPeakRssMb(), modules: Object.keys(require.cache).length - loaded })}\n`);
