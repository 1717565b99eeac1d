// Entry of the esbuild bundle: `node orka-runner.js [--help]`.
import { main } from './main';

export { main };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
      // Output drains first; but a socket or timer some failure left behind must not keep the pod alive.
      setTimeout(() => process.exit(code), 2000).unref();
    },
    (err: unknown) => {
      process.stderr.write(`orka-runner: internal error: ${err instanceof Error && err.stack ? err.stack : String(err)}\n`);
      process.exitCode = 3;
    },
  );
}
