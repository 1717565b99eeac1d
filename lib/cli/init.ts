// `cdk8s-tekton init`: a new cdk8s project in the current (empty) folder that depends on this
// package. Its layout is that of `cdk8s init typescript-app`. Its app command is
// `node -r cdk8s-tekton/register main.ts` (esbuild, no type-checking), so `npm run synth` starts
// about as fast as precompiled JavaScript, where the template's `npx ts-node main.ts` type-checks on
// every synth; `npm test` type-checks (ts-node on Node's own test runner). Its tsconfig lists
// `types: ["node"]` because TypeScript 6 no longer loads @types packages unless told to.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { lastValue, parseCommandLine, UsageError } from './args';

const HELP = `usage: cdk8s-tekton init [--dependency <spec>] [--name <name>]

Writes a new cdk8s project into the current folder, which must be empty: cdk8s.yaml, package.json
(depending on cdk8s-tekton), tsconfig.json, main.ts (a Task, a Pipeline and a PipelineRun),
main.test.ts (synthesizes it), README.md and .gitignore. Then run: npm install, npm run synth, npm test.

options:
  --dependency <spec>   where cdk8s-tekton comes from: an npm version range, or the path of a
                        tarball or folder (written as file:<absolute path>) (default: ^<this version>)
  --name <name>         the project and chart name (default: the folder's name)
  -h, --help            this help

exit codes: 0 written, 1 the folder is not empty, 2 usage error
`;

const NAME = /^[a-z0-9][a-z0-9-]*$/;

interface Options {
  readonly dependency?: string;
  readonly name?: string;
}

function parse(argv: readonly string[]): Options | 'help' {
  const line = parseCommandLine(argv, { '--dependency': { value: true }, '--name': { value: true } }, { noPositionals: 'init writes into the current folder' });
  if (line === 'help') return 'help';
  const [dependency, name] = ['--dependency', '--name'].map((flag) => {
    const value = lastValue(line, flag);
    if (value === '') throw new UsageError(`${flag} needs a value`);
    return value;
  });
  if (name !== undefined && !NAME.test(name)) throw new UsageError(`--name "${name}" is not a valid name; allowed: lowercase letters, digits and "-", starting with a letter or digit`);
  return { dependency, name };
}

interface OwnPackage {
  readonly version: string;
  readonly peerDependencies: Record<string, string>;
  readonly devDependencies: Record<string, string>;
}

/** This package's package.json, found upwards from here (from lib/cli/ or from build/lib/cli/). */
function ownPackage(): OwnPackage {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    if (pkg.name === 'cdk8s-tekton') return pkg;
  }
  throw new Error(`the package.json of cdk8s-tekton was not found above ${__dirname}`);
}

/** A path (to a packed tarball or a checkout) becomes a file: spec; anything else is passed to npm as it is. */
function dependencySpec(spec: string, cwd: string): string {
  const isPath = isAbsolute(spec) || spec.startsWith('./') || spec.startsWith('../') || spec.endsWith('.tgz');
  if (!isPath) return spec;
  const path = resolve(cwd, spec);
  if (!existsSync(path)) throw new UsageError(`--dependency ${spec}: ${path} does not exist; give the path of a tarball made by npm pack, or a version range`);
  return `file:${path}`;
}

/** An npm package name from a folder name: lowercase, only the characters npm allows. */
function projectName(folder: string): string {
  const name = folder.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return name === '' ? 'tekton-ci' : name;
}

function files(name: string, dependency: string, own: OwnPackage): Record<string, string> {
  const pkg = {
    name,
    version: '1.0.0',
    main: 'main.js',
    types: 'main.ts',
    license: 'Apache-2.0',
    private: true,
    scripts: {
      // cdk8s's update check fails without internet access and prints a stack trace.
      synth: 'CDK8S_CHECK_UPGRADE=false cdk8s synth',
      compile: 'tsc --build',
      watch: 'tsc --build -w',
      test: 'node --require ts-node/register --test main.test.ts',
      build: 'npm run compile && npm run test && npm run synth',
    },
    dependencies: {
      'cdk8s': own.peerDependencies.cdk8s,
      'cdk8s-tekton': dependency,
      'constructs': own.peerDependencies.constructs,
    },
    devDependencies: {
      '@types/node': own.devDependencies['@types/node'],
      'cdk8s-cli': `^${own.devDependencies['cdk8s-cli']}`,
      // cdk8s-tekton/register, the app command's TypeScript loader, compiles with it.
      'esbuild': own.devDependencies.esbuild,
      'ts-node': `^${own.devDependencies['ts-node']}`,
      'typescript': `~${own.devDependencies.typescript}`,
    },
  };
  const tsconfig = {
    compilerOptions: {
      alwaysStrict: true,
      declaration: true,
      experimentalDecorators: true,
      inlineSourceMap: true,
      inlineSources: true,
      lib: ['es2022'],
      module: 'CommonJS',
      noEmitOnError: true,
      noFallthroughCasesInSwitch: true,
      noImplicitAny: true,
      noImplicitReturns: true,
      noImplicitThis: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      resolveJsonModule: true,
      strict: true,
      strictNullChecks: true,
      strictPropertyInitialization: true,
      stripInternal: true,
      target: 'ES2022',
      types: ['node'],
    },
    include: ['**/*.ts'],
    exclude: ['node_modules'],
  };
  return {
    'cdk8s.yaml': 'language: typescript\napp: node -r cdk8s-tekton/register main.ts\n',
    'package.json': `${JSON.stringify(pkg, null, 2)}\n`,
    'tsconfig.json': `${JSON.stringify(tsconfig, null, 2)}\n`,
    'main.ts': MAIN.replace(/__NAME__/g, name),
    'main.test.ts': TEST,
    'README.md': README.replace(/__NAME__/g, name),
    '.gitignore': '*.d.ts\n*.js\nnode_modules\ndist/\n',
  };
}

const MAIN = `import { App, Chart, ChartProps } from 'cdk8s';
import { Construct } from 'constructs';
import { ParamType, Pipeline, PipelineRun, script, Task, WorkspaceBinding } from 'cdk8s-tekton';

/** The definitions: CI applies them on every build (kubectl apply). */
export class CiChart extends Chart {
  public readonly pipeline: Pipeline;

  constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);

    const test = new Task(this, 'unit-test', { description: 'run the unit tests' });
    const source = test.addWorkspace('source');
    const target = test.addParam('target', { type: ParamType.STRING, default: 'all' });
    test.addStep({ name: 'test', image: 'node:22', workingDir: source.path, script: script\`npm test -- \${target}\` });

    this.pipeline = new Pipeline(this, 'ci');
    const shared = this.pipeline.addWorkspace('shared');
    this.pipeline.addTask('test', { task: test, workspaces: { source: shared } });
  }
}

/** The run: CI creates a new one on every build (kubectl create), named by generateName. */
export class CiRunChart extends Chart {
  constructor(scope: Construct, id: string, pipeline: Pipeline, props: ChartProps = {}) {
    super(scope, id, props);
    new PipelineRun(this, 'ci-run', {
      generateName: 'ci-run-',
      pipeline,
      workspaces: { shared: WorkspaceBinding.volumeClaimTemplate({ storage: '1Gi' }) },
    });
  }
}

// Synthesizes only when run as the cdk8s app, not when the test imports the charts.
if (require.main === module) {
  const app = new App();
  const ci = new CiChart(app, '__NAME__');
  new CiRunChart(app, '__NAME__-run', ci.pipeline);
  app.synth();
}
`;

const TEST = `import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { Testing } from 'cdk8s';
import { CiChart, CiRunChart } from './main';

test('the charts synthesize a Task and a Pipeline, and a PipelineRun of it', () => {
  const app = Testing.app();
  const ci = new CiChart(app, 'test');
  const [task, pipeline] = Testing.synth(ci);
  const [run] = Testing.synth(new CiRunChart(app, 'test-run', ci.pipeline));
  assert.deepEqual([task.kind, pipeline.kind, run.kind], ['Task', 'Pipeline', 'PipelineRun']);
  assert.equal(pipeline.spec.tasks[0].taskRef.name, task.metadata.name);
  assert.equal(run.spec.pipelineRef.name, pipeline.metadata.name);
});
`;

const README = `# __NAME__

Tekton pipelines written with [cdk8s-tekton](https://www.npmjs.com/package/cdk8s-tekton).
After \`npm install\`:

\`\`\`sh
npm run synth   # writes the Tekton YAML to dist/__NAME__.k8s.yaml and the run to dist/__NAME__-run.k8s.yaml
npm test        # synthesizes the charts in main.test.ts and checks them
\`\`\`

In CI, on every build: \`kubectl apply -f dist/__NAME__.k8s.yaml\` (the Task and the Pipeline),
then \`kubectl create -f dist/__NAME__-run.k8s.yaml\` (a new PipelineRun each time: its name comes
from generateName, which \`kubectl apply\` refuses).

The app is \`main.ts\`, run by \`node -r cdk8s-tekton/register main.ts\` (cdk8s.yaml): esbuild
turns it into JavaScript as it loads, without type-checking, so synth starts fast. \`npm test\`
type-checks (ts-node), so run it before you push. tsconfig.json sets \`"types": ["node"]\`:
TypeScript 6 no longer loads @types packages by itself, and without it ts-node stops at the first
use of \`require\`, \`process\` or \`console\`.
`;

export async function main(argv: readonly string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s), cwd = process.cwd()): Promise<number> {
  try {
    const options = parse(argv);
    if (options === 'help') {
      out(HELP);
      return 0;
    }
    const own = ownPackage();
    const dependency = options.dependency === undefined ? `^${own.version}` : dependencySpec(options.dependency, cwd);
    const present = readdirSync(cwd).filter((f) => f !== '.git');
    if (present.length > 0) {
      err(`cdk8s-tekton init: ${cwd} is not empty (it has ${present.sort().slice(0, 5).join(', ')}${present.length > 5 ? ', ...' : ''}). Fix: run init in a new, empty folder\n`);
      return 1;
    }
    const name = options.name ?? projectName(basename(cwd));
    const written = files(name, dependency, own);
    for (const [file, text] of Object.entries(written)) writeFileSync(join(cwd, file), text, { flag: 'wx' });
    out(`wrote ${Object.keys(written).join(', ')} in ${cwd}\nnext: npm install, then npm run synth (YAML in dist/) and npm test\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`cdk8s-tekton init: ${e.message}\n\n${HELP}`);
    return 2;
  }
}
