// The runner as the task image ships it: one esbuild file that runs on plain Node, without
// node_modules, cdk8s or constructs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENV, VARIABLES } from '../../runner/orka/contract';
import { newSecrets, REPO, runChild, setupRun, startFake } from './harness';
import { startSshd, Sshd } from './sshd';

const outDir = mkdtempSync(path.join(os.tmpdir(), 'orka-bundle-'));
const bundle = path.join(outDir, 'orka-runner.js');

beforeAll(() => {
  execFileSync(process.execPath, [path.join(REPO, 'scripts', 'bundle-runner.mjs'), bundle], { cwd: os.tmpdir() });
}, 60_000);

describe('runner bundle', () => {
  it('is a single file whose modules are only the runner and ssh2 with its dependencies', () => {
    expect(readdirSync(outDir)).toEqual(['orka-runner.js']);
    const text = readFileSync(bundle, 'utf8');
    // esbuild (not minified) names every bundled module in a `// path` comment.
    const modules = [...text.matchAll(/^\/\/ ((?:runner|node_modules|lib)\/\S+)$/gm)].map((m) => m[1]);
    expect(modules.length).toBeGreaterThan(10);
    for (const mod of modules) expect(mod).toMatch(/^(runner\/orka\/|node_modules\/(ssh2|asn1|bcrypt-pbkdf|safer-buffer|tweetnacl)\/)/);
    for (const marker of ['node_modules/cdk8s', 'node_modules/constructs', 'require("cdk8s', 'require("constructs', 'constructs.Construct', 'cdk8s.Chart']) {
      expect(text.includes(marker), marker).toBe(false);
    }
    // The native parts stay out, so ssh2 falls back to its JS code paths.
    expect(text).toContain('require("cpu-features")');
    expect(text).toContain('require("./crypto/build/Release/sshcrypto.node")');
  });

  it('is reproducible', async () => {
    const script: string = path.join(REPO, 'scripts', 'bundle-runner.mjs');
    const { bundleRunner } = await import(script) as { bundleRunner: (out: string) => Promise<void> };
    const again = path.join(outDir, '..', `${path.basename(outDir)}-again.js`);
    await bundleRunner(again);
    expect(readFileSync(again).equals(readFileSync(bundle))).toBe(true);
  });

  it('prints --help with plain node from an empty directory, documenting every variable and exit code', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'orka-empty-'));
    const result = spawnSync(process.execPath, [bundle, '--help'], { cwd: empty, env: { PATH: process.env.PATH }, encoding: 'utf8' });
    expect(result.status).toBe(0);
    for (const variable of VARIABLES) expect(result.stdout).toContain(variable.name);
    for (const code of ['  0  ', '  1  ', '  2  ', '  3  ', '130  ', '143  ']) expect(result.stdout).toContain(code);
    expect(result.stdout).toContain(`${ENV.sshTimeout}`);
  });

  describe('a real run', () => {
    let sshd: Sshd;
    beforeAll(async () => {
      sshd = await startSshd();
    });
    afterAll(async () => {
      await sshd.stop();
    });

    it('builds end to end from the bundle alone (pure-JS ssh2 crypto)', async () => {
      const secrets = newSecrets();
      const fake = await startFake('3', sshd, secrets);
      try {
        const run = setupRun({ version: '3', sshd, fake, secrets, script: '#!/bin/sh\nmkdir -p out\necho ok > out/a.txt\n', artifacts: 'out/a.txt' });
        const result = await runChild(run.env, [bundle]).result;
        expect(result.code, result.stderr).toBe(0);
        expect(readFileSync(path.join(run.outputDir, 'out/a.txt'), 'utf8')).toBe('ok\n');
        expect(fake.vmCount()).toBe(0);
      } finally {
        await fake.stop();
      }
    });
  });
});
