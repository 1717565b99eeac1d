// Compiling and synthesizing modules written by `convert`, as a user would: the modules import
// 'cdk8s-tekton' (this package, built into build/), cdk8s and constructs from a project folder
// whose node_modules link to this repository's, are compiled together in ONE tsc --strict
// program, and each chart is synthesized by App.synth() in this process.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

const ROOT = resolve(__dirname, '..', '..');

/** A fresh project folder that resolves cdk8s-tekton to this repository. */
export function projectDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-convert-'));
  mkdirSync(join(dir, 'node_modules', '@types'), { recursive: true });
  symlinkSync(ROOT, join(dir, 'node_modules', 'cdk8s-tekton'));
  for (const dep of ['cdk8s', 'constructs', '@types/node']) symlinkSync(join(ROOT, 'node_modules', dep), join(dir, 'node_modules', dep));
  return dir;
}

/** Compiles `files` (name -> TypeScript) in one `tsc --strict` program; returns tsc's output ('' when clean). */
export function compile(dir: string, files: ReadonlyMap<string, string>): string {
  for (const [name, code] of files) writeFileSync(join(dir, name), code);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'commonjs', strict: true, esModuleInterop: true, skipLibCheck: true, types: ['node'], outDir: 'out' },
    files: [...files.keys()],
  }));
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { cwd: dir, encoding: 'utf8' });
    return '';
  } catch (e) {
    return String((e as { stdout?: string }).stdout);
  }
}

/** Synthesizes the chart class `chart` of the compiled module `name` and returns its documents. */
export function synth(dir: string, name: string, chart: string, validation?: Record<string, unknown>): unknown[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(join(dir, 'out', name.replace(/\.ts$/, '.js')));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { App } = require(join(dir, 'node_modules', 'cdk8s'));
  const outdir = join(dir, 'dist', name);
  const app = new App({ outdir });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (validation) require(join(dir, 'node_modules', 'cdk8s-tekton')).configureValidation(app, validation);
  new mod[chart](app);
  app.synth();
  const file = execFileSync('ls', [outdir], { encoding: 'utf8' }).trim().split('\n')[0];
  return parseAllDocuments(readFileSync(join(outdir, file), 'utf8')).map((d) => d.toJSON());
}
