// The runner as the task image ships it: one esbuild file that runs on plain Node, without
// node_modules, cdk8s or constructs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitImageContext, RUNNER_BASE_IMAGE, RUNNER_PATH_IN_IMAGE } from '../../lib/orka/image-context';
import { ENV, EXIT_DOCS, VARIABLES } from '../../runner/orka/contract';
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

  it('prints --help with plain node from an empty directory, documenting every variable with its default, and every exit code', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'orka-empty-'));
    const result = spawnSync(process.execPath, [bundle, '--help'], { cwd: empty, env: { PATH: process.env.PATH }, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    for (const variable of VARIABLES) {
      const line = lines.find((l) => l.startsWith(`  ${variable.name} `));
      expect(line, variable.name).toBeDefined();
      expect(line, variable.name).toContain(`${variable.doc} [default: ${variable.default}]`);
    }
    expect(Object.values(ENV).sort()).toEqual(VARIABLES.map((v) => v.name).sort());
    for (const { code, doc } of EXIT_DOCS) expect(lines).toContain(`  ${String(code).padStart(3)}  ${doc}`);
    expect(EXIT_DOCS.map((e) => e.code)).toEqual([0, 1, 2, 3, 130, 143]);
  });

  it('is the file the construct emits into the image context, next to a Dockerfile on a pinned small Node base running as non-root', () => {
    const context = mkdtempSync(path.join(os.tmpdir(), 'orka-context-'));
    emitImageContext(context);
    expect(readdirSync(context).sort()).toEqual(['Dockerfile', 'orka-runner.js']);
    expect(readFileSync(path.join(context, 'orka-runner.js')).equals(readFileSync(bundle))).toBe(true);
    const dockerfile = readFileSync(path.join(context, 'Dockerfile'), 'utf8');
    const instructions = dockerfile.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(instructions).toEqual([
      `FROM ${RUNNER_BASE_IMAGE}`,
      'WORKDIR /opt/orka-runner',
      'COPY orka-runner.js ./orka-runner.js',
      'USER 1000:1000',
      `ENTRYPOINT ["node", "${RUNNER_PATH_IN_IMAGE}"]`,
    ]);
    // A release tag of an LTS line (even major) that satisfies our engines, pinned by its index digest.
    const pinned = /^node:(\d+)\.(\d+)\.\d+-alpine\d+\.\d+@sha256:[0-9a-f]{64}$/.exec(RUNNER_BASE_IMAGE);
    expect(pinned, RUNNER_BASE_IMAGE).not.toBeNull();
    const [major, minor] = [Number(pinned![1]), Number(pinned![2])];
    const engines = /^>=(\d+)\.(\d+)$/.exec(JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')).engines.node)!;
    expect({ lts: major % 2 === 0, satisfiesEngines: major > Number(engines[1]) || (major === Number(engines[1]) && minor >= Number(engines[2])) }).toEqual({ lts: true, satisfiesEngines: true });
  });

  describe('a real run', () => {
    let sshd: Sshd;
    beforeAll(async () => {
      sshd = await startSshd();
    });
    afterAll(async () => {
      await sshd.stop();
    });

    it('builds end to end from the bundle alone, run from an empty directory (pure-JS ssh2 crypto)', async () => {
      const secrets = newSecrets();
      const fake = await startFake('3', sshd, secrets);
      try {
        const run = setupRun({ version: '3', sshd, fake, secrets, script: '#!/bin/sh\nmkdir -p out\necho ok > out/a.txt\n', artifacts: 'out/a.txt' });
        // Plain node, from an empty directory: nothing next to the file to resolve modules from.
        const result = await runChild(run.env, [bundle], mkdtempSync(path.join(os.tmpdir(), 'orka-empty-'))).result;
        expect(result.code, result.stderr).toBe(0);
        expect(readFileSync(path.join(run.outputDir, 'out/a.txt'), 'utf8')).toBe('ok\n');
        expect(fake.vmCount()).toBe(0);
      } finally {
        await fake.stop();
      }
    });
  });
});
