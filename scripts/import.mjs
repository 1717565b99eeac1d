// Regenerates lib/imports/ from the Tekton CRDs: the L1 classes with `cdk8s import` (only the
// versions the SDK emits are kept: tekton.dev/v1, and v1beta1 for StepAction, so the classes are
// named after the kind without a version suffix), and tekton-schema.ts, the openAPIV3Schema of every
// served version in a compact form the validator checks documents against. The CRDs are read from
// TEKTON_CRDS_DIR, else from crds/ of the conformance corpus, found as test/support/corpus-dir.ts
// finds it (TEKTON_CONFORMANCE_DIR, the sibling ../shared/tekton, the fetch-conformance cache).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sibling = resolve(root, '..', 'shared', 'tekton');
const corpus = process.env.TEKTON_CONFORMANCE_DIR
  ?? (existsSync(sibling) ? sibling : join(root, '.cache', 'tekton-conformance'));
const crdDir = resolve(root, process.env.TEKTON_CRDS_DIR ?? join(corpus, 'crds'));
const outDir = resolve(root, process.argv[2] ?? 'lib/imports');

const WANTED = [
  ['pipeline-300-task.yaml', 'v1'],
  ['pipeline-300-taskrun.yaml', 'v1'],
  ['pipeline-300-pipeline.yaml', 'v1'],
  ['pipeline-300-pipelinerun.yaml', 'v1'],
  ['pipeline-300-stepaction.yaml', 'v1beta1'],
];

// Embedded specs are schemaless (x-kubernetes-preserve-unknown-fields) in the CRDs; the generated
// `any` is replaced by the spec types generated for the standalone kinds.
const REWRITES = [
  [/(readonly taskSpec\?: )any;/g, '$1TaskSpec;'],
  [/(readonly pipelineSpec\?: )any;/g, '$1PipelineSpec;'],
  // cdk8s' generated toJson() runs the props converter over the already-resolved JSON, which
  // drops quantities given as plain strings and any field a JSON patch adds. The SDK passes plain
  // JSON, so the resolved (and patched) object is emitted as it is.
  [/\.\.\.toJson_\w+Props\(resolved\),/g, '...resolved,'],
];

const HEADER = `// GENERATED FILE: do not edit. Regenerate with \`npm run import\` (scripts/import.mjs)
// from Tekton's CRDs (pipeline-300-*.yaml). Embedded taskSpec/pipelineSpec are typed as TaskSpec/PipelineSpec;
// toJson() emits the resolved props as they are (see REWRITES in the script).
/* eslint-disable */
`;

const SCHEMA_CRDS = ['task', 'taskrun', 'pipeline', 'pipelinerun', 'stepaction', 'customrun'].map((k) => `pipeline-300-${k}.yaml`);

// What the API server checks of ObjectMeta (the CRDs only say `type: object`).
const METADATA = {
  type: 'object',
  'x-kubernetes-preserve-unknown-fields': true,
  properties: {
    name: { type: 'string' },
    generateName: { type: 'string' },
    namespace: { type: 'string' },
    labels: { type: 'object', additionalProperties: { type: 'string' } },
    annotations: { type: 'object', additionalProperties: { type: 'string' } },
  },
};

// Inline specs are schemaless in the CRDs, but Tekton's webhook decodes them into the Task and
// Pipeline spec types, so a wrong type there is rejected too: they get those specs' schemas with
// types only (decoding does not enforce required fields), still open to unknown fields (an
// embedded task may carry apiVersion, kind and spec).
const EMBEDDED = { taskSpec: 'Task', pipelineSpec: 'Pipeline' };

// Required in the schema but filled in before it is checked: Tekton's defaulting webhook names
// unnamed steps and sidecars (Tekton's own examples leave them out).
const DEFAULTED = { steps: ['name'], sidecars: ['name'] };

/**
 * One node per distinct subschema, each written once and referred to by index:
 * t type (object, array, string, integer, number, boolean, int-or-string), p properties,
 * r required (fields without a default), i items, a additionalProperties, x preserve unknown
 * fields, pt pattern.
 */
function compactSchemas(crdDir) {
  const crds = SCHEMA_CRDS.map((file) => parse(readFileSync(join(crdDir, file), 'utf8')));
  const nodes = [];
  const ids = new Map();
  const intern = (node) => {
    const key = JSON.stringify(node);
    if (!ids.has(key)) {
      ids.set(key, nodes.length);
      nodes.push(node);
    }
    return ids.get(key);
  };
  // `typesOnly`: inside an embedded spec; `field`: the name of the property this schema is for.
  const compact = (schema, specs, typesOnly = false, field = '') => {
    const node = {};
    if (schema['x-kubernetes-int-or-string']) node.t = 'int-or-string';
    else if (schema.type) node.t = schema.type;
    if (schema.properties) {
      node.p = {};
      for (const name of Object.keys(schema.properties).sort()) {
        const prop = schema.properties[name];
        // A pipelineSpec inside an embedded spec stays unchecked: the nesting has no end.
        const embed = EMBEDDED[name] && !(typesOnly && name === 'pipelineSpec') && prop['x-kubernetes-preserve-unknown-fields'] && !prop.type && !prop.properties;
        if (embed && specs[EMBEDDED[name]]) {
          node.p[name] = compact({ ...specs[EMBEDDED[name]], 'x-kubernetes-preserve-unknown-fields': true }, specs, true, name);
        } else {
          node.p[name] = compact(name === 'metadata' && !prop.properties ? METADATA : prop, specs, typesOnly, name);
        }
      }
      const defaulted = DEFAULTED[field] ?? [];
      const required = typesOnly ? [] : (schema.required ?? []).filter((name) => schema.properties[name]?.default === undefined && !defaulted.includes(name)).sort();
      if (required.length) node.r = required;
    }
    if (schema.items) node.i = compact(schema.items, specs, typesOnly, field);
    if (typeof schema.additionalProperties === 'object') node.a = compact(schema.additionalProperties, specs, typesOnly);
    if (schema['x-kubernetes-preserve-unknown-fields']) node.x = 1;
    if (schema.pattern) node.pt = schema.pattern;
    return intern(node);
  };
  const roots = {};
  // Task and Pipeline first: the run kinds embed their specs.
  const order = ['Task', 'Pipeline', 'StepAction', 'TaskRun', 'PipelineRun', 'CustomRun'];
  crds.sort((a, b) => order.indexOf(a.spec.names.kind) - order.indexOf(b.spec.names.kind));
  const specsByVersion = {};
  for (const crd of crds) {
    const kind = crd.spec.names.kind;
    for (const version of crd.spec.versions.filter((v) => v.served)) {
      const specs = (specsByVersion[version.name] ??= {});
      // status is the controller's: accepted, not checked.
      const properties = { ...version.schema.openAPIV3Schema.properties, status: { 'x-kubernetes-preserve-unknown-fields': true } };
      const root = compact({ ...version.schema.openAPIV3Schema, properties }, specs);
      if (properties.spec) specs[kind] = properties.spec;
      (roots[`${crd.spec.group}/${version.name}`] ??= {})[kind] = root;
    }
  }
  return { roots, nodes };
}

const SCHEMA_HEADER = `// GENERATED FILE: do not edit. Regenerate with \`npm run import\` (scripts/import.mjs)
// from the Tekton Pipelines CRDs: the openAPIV3Schema of every served version of each kind,
// without descriptions and status, each distinct subschema once (see compactSchemas in the
// script). Each node is kept as JSON text, which the validator parses when a document first
// reaches that node: a synth reads only the few dozen nodes its documents use.
/* eslint-disable */
`;

/** tekton-schema.ts: the roots as a literal, and one JSON text per node, one node a line. */
function schemaModule({ roots, nodes }) {
  const lines = nodes.map((node, i) => `  ${JSON.stringify(JSON.stringify(node))},${i % 10 === 0 ? ` // ${i}` : ''}`);
  return `${SCHEMA_HEADER}/** The root node of each served kind, by apiVersion and kind. */
export const TEKTON_SCHEMA_ROOTS: Readonly<Record<string, Readonly<Record<string, number>>>> = ${JSON.stringify(roots)};

/** Every node, as the JSON text of a CompactNode (lib/validate/schema.ts), by index. */
export const TEKTON_SCHEMA_NODES: readonly string[] = [
${lines.join('\n')}
];
`;
}

const work = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-import-'));
try {
  const docs = WANTED.map(([file, version]) => {
    const crd = parse(readFileSync(join(crdDir, file), 'utf8'));
    const kept = crd.spec.versions.filter((v) => v.name === version);
    if (kept.length !== 1) throw new Error(`${file}: version ${version} not found in the CRD`);
    crd.spec.versions = kept.map((v) => ({ ...v, storage: true }));
    return stringify(crd);
  });
  const input = join(work, 'tekton-crds.yaml');
  writeFileSync(input, docs.join('---\n'));
  execFileSync(join(root, 'node_modules/.bin/cdk8s'), ['import', input, '--language', 'typescript', '--output', join(work, 'out')], {
    cwd: work,
    env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let text = readFileSync(join(work, 'out', 'tekton.dev.ts'), 'utf8');
  for (const [pattern, replacement] of REWRITES) text = text.replace(pattern, replacement);
  text = text.replace(/^\/\/ generated by cdk8s\n/, '');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'tekton.dev.ts'), HEADER + text);
  writeFileSync(join(outDir, 'tekton-schema.ts'), schemaModule(compactSchemas(crdDir)));
} finally {
  rmSync(work, { recursive: true, force: true });
}
