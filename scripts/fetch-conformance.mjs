// `npm run fetch-conformance [folder]`: fills the Tekton conformance corpus the conformance suites
// read (default .cache/tekton-conformance, git-ignored; see test/support/corpus-dir.ts), from the
// upstream repositories at pinned commits. Each is fetched at one commit, without history, and
// checked out sparsely, so only the few folders used are downloaded:
//   crds/               tektoncd/pipeline config/300-crds (as pipeline-300-*.yaml)
//                       and tektoncd/triggers config/300-*.yaml (as triggers-300-*.yaml)
//   examples/v1/        tektoncd/pipeline examples/v1
//   triggers-examples/  tektoncd/triggers examples/v1beta1 and v1alpha1, rbac.yaml and example-pipeline.yaml
// Symbolic links in the examples are copied as the files they point at. Needs git and network.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PIPELINE = { url: 'https://github.com/tektoncd/pipeline.git', commit: '3ee1745ae5b2d9175b11917d7c1935eaad44910c' };
const TRIGGERS = { url: 'https://github.com/tektoncd/triggers.git', commit: '088902973c89e356b40bc0745618df0e9b2d8198' };

const PIPELINE_CRDS = ['customrun', 'pipeline', 'pipelinerun', 'stepaction', 'task', 'taskrun'];
const TRIGGERS_CRDS = ['clusterinterceptor', 'clustertriggerbinding', 'eventlistener', 'interceptor', 'trigger', 'triggerbinding', 'triggertemplate'];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(process.argv[2] ?? join(root, '.cache', 'tekton-conformance'));

function git(cwd, ...args) {
  execFileSync('git', args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** A checkout of `paths` of `repo` at its pinned commit, in a new folder under `work`. */
function sparseCheckout(work, name, repo, paths) {
  const dir = join(work, name);
  mkdirSync(dir);
  git(dir, 'init', '--quiet');
  git(dir, 'remote', 'add', 'origin', repo.url);
  git(dir, 'sparse-checkout', 'set', '--no-cone', ...paths);
  git(dir, 'fetch', '--quiet', '--depth', '1', '--filter=blob:none', 'origin', repo.commit);
  git(dir, 'checkout', '--quiet', 'FETCH_HEAD');
  return dir;
}

// Beside the target, so the finished corpus is renamed into place (never half written).
mkdirSync(dirname(target), { recursive: true });
const work = mkdtempSync(join(dirname(target), '.fetch-conformance-'));
try {
  const pipeline = sparseCheckout(work, 'pipeline', PIPELINE, ['/examples/v1/', '/config/300-crds/']);
  const triggers = sparseCheckout(work, 'triggers', TRIGGERS, ['/examples/', '/config/300-*.yaml']);

  const out = join(work, 'corpus');
  const copy = (from, to) => cpSync(from, join(out, to), { recursive: true, dereference: true });
  copy(join(pipeline, 'examples', 'v1'), join('examples', 'v1'));
  for (const kind of PIPELINE_CRDS) copy(join(pipeline, 'config', '300-crds', `300-${kind}.yaml`), join('crds', `pipeline-300-${kind}.yaml`));
  for (const kind of TRIGGERS_CRDS) copy(join(triggers, 'config', `300-${kind}.yaml`), join('crds', `triggers-300-${kind}.yaml`));
  copy(join(triggers, 'examples', 'v1beta1'), join('triggers-examples', 'v1beta1'));
  copy(join(triggers, 'examples', 'v1alpha1'), join('triggers-examples', 'v1alpha1'));
  for (const file of ['rbac.yaml', 'example-pipeline.yaml']) copy(join(triggers, 'examples', file), join('triggers-examples', file));
  writeFileSync(join(out, 'PROVENANCE'), `${PIPELINE.url} ${PIPELINE.commit}\n${TRIGGERS.url} ${TRIGGERS.commit}\n`);

  if (existsSync(target)) rmSync(target, { recursive: true });
  renameSync(out, target);
  process.stdout.write(`Tekton conformance corpus written to ${target}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
