// Child process of the start-up benchmark, run from a precompiled copy of the repository: loads
// the module given (none: the bare node process) and prints {"requireMs", "rssMb", "modules"}.
const target = process.argv[2];
const t0 = process.hrtime.bigint();
if (target) require(target);
const requireMs = Number(process.hrtime.bigint() - t0) / 1e6;
process.stdout.write(`${JSON.stringify({ requireMs, rssMb: process.resourceUsage().maxRSS / 1024, modules: Object.keys(require.cache).length - 1 })}\n`);
