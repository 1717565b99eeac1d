import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/** Where the runner's bundle lands inside the image. */
export const RUNNER_PATH_IN_IMAGE = '/opt/orka-runner/orka-runner.js';

const REPO_ROOT = resolve(__dirname, '../..');
const RUNNER_ENTRY = join(REPO_ROOT, 'runner', 'orka', 'cli.ts');

/**
 * The installed package runs compiled JavaScript and ships the runner already bundled (built at pack
 * time next to build/lib/), so a consumer's synth needs no esbuild; run from the repository's
 * TypeScript sources, the runner is bundled from its sources so it is never stale.
 */
function shippedBundle(): string | undefined {
  if (!__filename.endsWith('.js')) return undefined;
  // build/orka-runner.js, beside build/lib/: one level up from the bundled entry (build/lib/index.js),
  // two from tsc's build/lib/orka/image-context.js.
  return [resolve(__dirname, '../orka-runner.js'), resolve(__dirname, '../../orka-runner.js')].find((f) => existsSync(f)) ?? resolve(__dirname, '../../orka-runner.js');
}
const SHIPPED_BUNDLE = shippedBundle();

/**
 * The Node base image of the runner image: a maintained LTS line (22) that satisfies the package's
 * `engines` (node >=20.19), small (Alpine), and pinned by the digest of the official image's
 * multi-platform index, the tag beside it for readers (Docker pulls by the digest). The digest is
 * the one docker-library/repo-info records for node:22.23.3-alpine3.24
 * (repos/node/remote/22.23.3-alpine3.24.md). To move to a newer release, take the tag and the
 * index digest from there (or `docker buildx imagetools inspect node:<tag>`) and change both.
 */
export const RUNNER_BASE_IMAGE = 'node:22.23.3-alpine3.24@sha256:0a7108bf6c7bf5de370ffb1a3ed6be93d405b43ff159f681a8d18c0e2bc2e402';

const DOCKERFILE = `# Task image of OrkaMacBuild: the Orka runner, bundled into one file by cdk8s-tekton at synth.
# Build and push it, then pass the reference as runnerImage:
#   docker build -t ghcr.io/<org>/orka-runner:<version> . && docker push ghcr.io/<org>/orka-runner:<version>
FROM ${RUNNER_BASE_IMAGE}
WORKDIR /opt/orka-runner
COPY orka-runner.js ./orka-runner.js
# The base image's unprivileged "node" user (uid 1000); the runner needs no root.
USER 1000:1000
ENTRYPOINT ["node", "${RUNNER_PATH_IN_IMAGE}"]
`;

/**
 * Writes the runner (runner/orka/, plain Node + ssh2) bundled into one CommonJS file. The installed
 * package copies the bundle it ships; from the repository's sources it is bundled with esbuild.
 * ssh2's optional native parts stay out of the bundle: ssh2 falls back to its pure-JS crypto
 * without them. The options are those of scripts/bundle-runner.mjs (which builds the shipped
 * bundle), so the file is byte for byte the one the runner tests run (test/runner/bundle.test.ts).
 */
export function bundleRunner(outFile: string): void {
  if (SHIPPED_BUNDLE) {
    if (!existsSync(SHIPPED_BUNDLE)) {
      throw new Error(`OrkaMacBuild's image context needs the Orka runner that cdk8s-tekton ships (build/orka-runner.js), and it is not at ${SHIPPED_BUNDLE}: when the app is bundled into one file, mark cdk8s-tekton as external (esbuild --external:cdk8s-tekton) so the package stays in node_modules, or reinstall cdk8s-tekton`);
    }
    copyFileSync(SHIPPED_BUNDLE, resolve(outFile));
    return;
  }
  // esbuild is loaded only when an image context is emitted from the sources. Required through
  // createRequire, so the bundler of an app that bundles this package does not copy esbuild in.
  const esbuild: typeof import('esbuild') = createRequire(__filename)('esbuild');
  esbuild.buildSync({
    absWorkingDir: REPO_ROOT,
    entryPoints: [RUNNER_ENTRY],
    outfile: resolve(outFile),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // cpu-features only tunes cipher order; sshcrypto.node is ssh2's optional C++ crypto.
    external: ['cpu-features', '*.node'],
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: '#!/usr/bin/env node' },
  });
}

const emitted = new Set<string>();

/** Writes the Dockerfile and the runner bundle into `dir`, once per directory and process. */
export function emitImageContext(dir: string): void {
  const target = resolve(dir);
  if (emitted.has(target)) return;
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, 'Dockerfile'), DOCKERFILE);
  bundleRunner(join(target, 'orka-runner.js'));
  emitted.add(target);
}
