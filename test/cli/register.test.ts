// `node -r cdk8s-tekton/register app.ts` (bin/register.cjs) and its cache of compiled files. The
// hook runs as installed: copied into a package folder of its own, whose node_modules holds
// esbuild (a link to this repository's), so its cache is that folder's and no other test's.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '../..');

/** A package folder holding the hook (with esbuild beside it unless `esbuild` is false) and an app of two files. */
function setUp(): { hook: string; cache: string; app: string; pkg: string } {
  const root = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-register-'));
  const pkg = join(root, 'package');
  mkdirSync(join(pkg, 'bin'), { recursive: true });
  copyFileSync(join(REPO, 'bin', 'register.cjs'), join(pkg, 'bin', 'register.cjs'));
  symlinkSync(join(REPO, 'node_modules'), join(pkg, 'node_modules'));
  const app = join(root, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'lib.ts'), "export const greeting = (who: string): string => `hello ${who}`;\n");
  writeFileSync(join(app, 'main.ts'), "import { greeting } from './lib';\n\nconst who: string = 'world';\nconsole.log(greeting(who));\n");
  return { hook: join(pkg, 'bin', 'register.cjs'), cache: join(pkg, 'bin', '.cache'), app, pkg };
}

function run(hook: string, app: string, env: Record<string, string> = {}, nodeArgs: string[] = []) {
  return spawnSync(process.execPath, [...nodeArgs, '-r', hook, 'main.ts'], { cwd: app, encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'cdk8s-tekton', ...env } });
}

/** The hook's debug lines (NODE_DEBUG=cdk8s-tekton), without the process prefix. */
const said = (stderr: string): string[] => stderr.split('\n').filter((l) => l.includes('register: ')).map((l) => l.replace(/^.*register: /, ''));

describe('cdk8s-tekton/register', () => {
  it('compiles each file once: later processes take it from the cache without loading esbuild; an edited file is compiled again', () => {
    const { hook, cache, app, pkg } = setUp();
    const main = join(app, 'main.ts');
    const lib = join(app, 'lib.ts');
    // Says at exit whether esbuild's API was loaded.
    const probe = join(pkg, 'probe.cjs');
    writeFileSync(probe, "process.on('exit', () => console.log(`esbuild loaded: ${Object.keys(require.cache).some((f) => f.endsWith('/esbuild/lib/main.js'))}`));\n");

    const first = run(hook, app, {}, ['-r', probe]);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('hello world\nesbuild loaded: true\n');
    expect(said(first.stderr)).toEqual([`${main} compiled and cached`, `${lib} compiled and cached`]);
    expect(readdirSync(cache)).toHaveLength(2);

    const second = run(hook, app, {}, ['-r', probe]);
    expect(second.stdout).toBe('hello world\nesbuild loaded: false\n');
    expect(said(second.stderr)).toEqual([`${main} from the cache`, `${lib} from the cache`]);

    writeFileSync(lib, "export const greeting = (who: string): string => `hi ${who}`;\n");
    const edited = run(hook, app, {}, ['-r', probe]);
    expect(edited.stdout).toBe('hi world\nesbuild loaded: true\n');
    expect(said(edited.stderr)).toEqual([`${main} from the cache`, `${lib} compiled and cached`]);
    expect(readdirSync(cache)).toHaveLength(2);

    // Without esbuild the hook says what is missing.
    rmSync(join(pkg, 'node_modules'));
    const missing = run(hook, app);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Error: cdk8s-tekton/register compiles TypeScript with esbuild, which is not installed here. Fix: npm install --save-dev esbuild\n');
  });

  it('compiles again over an entry that is damaged, or made by another esbuild, and reports .ts lines from cached code', () => {
    const { hook, cache, app } = setUp();
    writeFileSync(join(app, 'lib.ts'), "export const greeting = (who: string): string => {\n  if (who === 'nobody') throw new Error('no one to greet');\n  return `hello ${who}`;\n};\n");
    expect(run(hook, app).stdout).toBe('hello world\n');
    const [a, b] = readdirSync(cache).map((f) => join(cache, f));
    writeFileSync(a, 'console.log("damaged");\n');
    writeFileSync(b, readFileSync(b, 'utf8').replace(/^\/\/[0-9a-f]{64}\n/, `//${'0'.repeat(64)}\n`));
    const again = run(hook, app);
    expect(again.stdout).toBe('hello world\n');
    expect(said(again.stderr).every((l) => l.endsWith(' compiled and cached'))).toBe(true);
    expect(said(again.stderr)).toHaveLength(2);

    writeFileSync(join(app, 'main.ts'), "import { greeting } from './lib';\n\nconsole.log(greeting('nobody'));\n");
    run(hook, app);
    const thrown = run(hook, app, {}, ['--enable-source-maps']);
    expect(said(thrown.stderr)).toEqual([`${join(app, 'main.ts')} from the cache`, `${join(app, 'lib.ts')} from the cache`]);
    expect(thrown.stderr).toContain(`${join(app, 'lib.ts')}:2:`);
  });

  it("works with an esbuild whose package does not expose its package.json (the version then comes from esbuild's API)", () => {
    const { hook, app, pkg } = setUp();
    rmSync(join(pkg, 'node_modules'));
    const esbuild = join(pkg, 'node_modules', 'esbuild');
    mkdirSync(join(esbuild, 'lib'), { recursive: true });
    writeFileSync(join(esbuild, 'package.json'), JSON.stringify({ name: 'esbuild', version: '0.0.0-wrapper', main: 'lib/main.js', exports: { '.': './lib/main.js' } }));
    writeFileSync(join(esbuild, 'lib', 'main.js'), `module.exports = require(${JSON.stringify(join(REPO, 'node_modules', 'esbuild'))});\n`);
    const first = run(hook, app);
    expect(first.stdout).toBe('hello world\n');
    expect(said(first.stderr)).toEqual([`${join(app, 'main.ts')} compiled and cached`, `${join(app, 'lib.ts')} compiled and cached`]);
    expect(said(run(hook, app).stderr)).toEqual([`${join(app, 'main.ts')} from the cache`, `${join(app, 'lib.ts')} from the cache`]);
  });

  it('empties a cache that has grown past 10 000 entries, once, when it next compiles a file', () => {
    const { hook, cache, app } = setUp();
    mkdirSync(cache);
    for (let i = 0; i <= 10000; i++) writeFileSync(join(cache, `${i}.js`), '');
    writeFileSync(join(cache, 'notes.txt'), 'not an entry');
    const r = run(hook, app);
    expect(r.stdout).toBe('hello world\n');
    expect(said(r.stderr)).toEqual(['the cache held 10002 entries, more than 10000; emptied', `${join(app, 'main.ts')} compiled and cached`, `${join(app, 'lib.ts')} compiled and cached`]);
    expect(readdirSync(cache)).toHaveLength(3);
    expect(readdirSync(cache)).toContain('notes.txt');
    expect(said(run(hook, app).stderr)).toEqual([`${join(app, 'main.ts')} from the cache`, `${join(app, 'lib.ts')} from the cache`]);
  });

  it('runs without the cache when it is turned off or cannot be written', () => {
    const off = setUp();
    const r = run(off.hook, off.app, { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(r.stdout).toBe('hello world\n');
    expect(said(r.stderr)).toEqual([]);
    expect(existsSync(off.cache)).toBe(false);

    // A file where the folder would be: the cache cannot be made, whoever runs the test.
    const blocked = setUp();
    writeFileSync(blocked.cache, '');
    for (let i = 0; i < 2; i++) {
      const b = run(blocked.hook, blocked.app);
      expect(b.stdout).toBe('hello world\n');
      expect(said(b.stderr)).toEqual([
        expect.stringMatching(new RegExp(`^${join(blocked.app, 'main.ts')} compiled; the cache cannot be written \\(`)),
        expect.stringMatching(new RegExp(`^${join(blocked.app, 'lib.ts')} compiled; the cache cannot be written \\(`)),
      ]);
    }
  });
});
