// `cdk8s-tekton secrets <files|dirs...>`: prints the kubectl commands that create every Secret the
// manifests reference (through the cdk8s-tekton.io/secrets annotations the SDK writes), with the
// right type, keys and Tekton annotations. Material is never known here: it appears as <...>
// placeholders for the user to fill in.
import { isObject } from '../validate/core';
import { singleQuoted } from '../shell/parse';
import { SECRET_TYPE, SecretFacts, secretsOf } from '../facts/credentials';
import { parseCommandLine, UsageError } from './args';
import { checkFields, RefusedField } from './secrets-fields';
import { orkaSecretsOf } from './secrets-orka';
import { stopAtUnreadable } from './output';
import { loadDocuments, startCommand } from './validate-read';

const USAGE = `usage: cdk8s-tekton secrets <files|dirs...>

Prints the kubectl commands that create each Secret the manifests reference (for example the
output of cdk8s synth in dist/): its type, keys and the tekton.dev annotations Tekton needs.
Replace every <...> with the real file or value. Exit 0 when printed, 1 when a file cannot be
read, 2 on usage errors.
`;

interface Wanted {
  readonly facts: SecretFacts;
  readonly namespace?: string;
  /** The document that references it (`Task "orka-build"`), for a refusal. */
  readonly from: string;
  /** What the Secret is for, when more is known than its type. */
  readonly what?: string;
}

function quote(text: string): string {
  return /^[\w./:@=+,-]+$/.test(text) ? text : singleQuoted(text);
}

/**
 * The commands (and comment lines) that create one Secret. Every field comes from YAML and is
 * quoted on a command line; comment lines hold only fields checkFields has accepted.
 */
export function commandsFor({ facts, namespace, what }: Wanted): string[] {
  const ns = namespace ? ` -n ${quote(namespace)}` : '';
  const name = quote(facts.name);
  const type = quote(`--type=${facts.type}`);
  const hosts = facts.hosts ?? [];
  const fromFile = (key: string, file: string) => quote(`--from-file=${key}=`) + `<path/to/${file}>`;
  const annotate = (prefix: string, values: readonly string[]) =>
    values.length ? [`kubectl annotate secret ${name}${ns} ${values.map((v, i) => quote(`${prefix}-${i}=${v}`)).join(' ')}`] : [];
  switch (facts.type) {
    case SECRET_TYPE.sshAuth: {
      const keyscan = hosts.map((h) => (h.includes(':') ? `ssh-keyscan -p ${quote(h.split(':')[1])} ${quote(h.split(':')[0])}` : `ssh-keyscan ${quote(h)}`));
      return [
        `# ${facts.name}: git SSH key for ${hosts.join(', ')} (${facts.type})`,
        ...(facts.keys.includes('known_hosts') ? [`#   known_hosts: ${keyscan.join('; ')} > known_hosts, then compare the keys with the host's published fingerprints`] : []),
        `kubectl create secret generic ${name}${ns} ${type} ${facts.keys.map((k) => fromFile(k, k === 'ssh-privatekey' ? 'private-key' : k)).join(' ')}`,
        ...annotate('tekton.dev/git', hosts),
      ];
    }
    case SECRET_TYPE.basicAuth:
      return [
        `# ${facts.name}: git user name and token for ${hosts.join(', ')} (${facts.type})`,
        `kubectl create secret generic ${name}${ns} ${type} --from-literal=username=<username> --from-file=password=<path/to/token>`,
        ...annotate('tekton.dev/git', hosts.map((h) => `https://${h}`)),
      ];
    case SECRET_TYPE.dockerConfigJson: {
      const registries = facts.registries ?? [];
      if (registries.length === 1) {
        const server = registries[0] === 'docker.io' ? 'https://index.docker.io/v1/' : registries[0];
        return [
          `# ${facts.name}: registry credentials for ${registries[0]} (${facts.type})`,
          `kubectl create secret docker-registry ${name}${ns} ${quote(`--docker-server=${server}`)} --docker-username=<username> --docker-password=<token>`,
        ];
      }
      return [
        `# ${facts.name}: registry credentials for ${registries.join(', ')} (${facts.type})`,
        `#   config.json: \`docker login\` to each registry, then use the config.json it wrote (~/.docker/config.json) with auths for all of them`,
        `kubectl create secret generic ${name}${ns} ${type} --from-file=.dockerconfigjson=<path/to/config.json>`,
      ];
    }
    default:
      return [
        `# ${facts.name}: ${what ?? `${facts.type} Secret`} with keys ${facts.keys.join(', ')}`,
        `kubectl create secret generic ${name}${ns}${facts.type === SECRET_TYPE.opaque ? '' : ` ${type}`} ${facts.keys.map((k) => fromFile(k, k)).join(' ')}`,
      ];
  }
}

/** The Secrets the documents reference, by namespace and name, minus those the documents define. */
export function referencedSecrets(docs: readonly unknown[]): { wanted: Wanted[]; defined: string[] } {
  const wanted = new Map<string, Wanted>();
  const defined = new Set<string>();
  for (const doc of docs) {
    if (!isObject(doc)) continue;
    const namespace = isObject(doc.metadata) && typeof doc.metadata.namespace === 'string' ? doc.metadata.namespace : undefined;
    if (doc.apiVersion === 'v1' && doc.kind === 'Secret' && isObject(doc.metadata) && typeof doc.metadata.name === 'string') defined.add(`${namespace ?? ''}/${doc.metadata.name}`);
    const from = `${String(doc.kind)} ${JSON.stringify(isObject(doc.metadata) ? doc.metadata.name ?? doc.metadata.generateName : undefined)}`;
    const found = [...secretsOf(doc).map((facts) => ({ facts })), ...orkaSecretsOf(doc)];
    for (const { facts, what } of found as Array<{ facts: SecretFacts; what?: string }>) {
      const key = `${namespace ?? ''}/${facts.name}`;
      if (!wanted.has(key)) wanted.set(key, { facts, namespace, from, ...(what ? { what } : {}) });
    }
  }
  const list = [...wanted.entries()].filter(([key]) => !defined.has(key)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, w]) => w);
  return { wanted: list, defined: [...defined].filter((k) => wanted.has(k)).map((k) => k.split('/')[1]).sort() };
}

function parseArgs(argv: readonly string[]): { paths: string[] } | 'help' {
  const line = parseCommandLine(argv, {});
  if (line === 'help') return 'help';
  if (line.positionals.length === 0) throw new UsageError('no files or directories given');
  return { paths: [...line.positionals] };
}

export async function main(argv: readonly string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const started = startCommand('secrets', USAGE, argv, parseArgs, out, err, (path) => path);
  if (typeof started === 'number') return started;
  const { args: { paths }, collected } = started;
  if (stopAtUnreadable('secrets', collected.problems, err)) return 1;
  const docs: unknown[] = [];
  for (const file of collected.files) {
    try {
      docs.push(...loadDocuments(file, (path) => path));
    } catch (e) {
      err(`cdk8s-tekton secrets: ${(e as Error).message}\n`);
      return 1;
    }
  }
  const { wanted, defined } = referencedSecrets(docs);
  for (const w of wanted) {
    try {
      checkFields(w.facts, w.namespace);
    } catch (e) {
      if (!(e instanceof RefusedField)) throw e;
      err(`cdk8s-tekton secrets: refused a Secret referenced by ${w.from}: ${e.message}. Fix: correct it in the manifests (they would not apply either)\n`);
      return 1;
    }
  }
  const lines = [`# Secrets referenced by ${paths.join(' ')}: run these once per cluster. Replace each <...> with the real file or value;`, '# no secret material is in the manifests.'];
  for (const name of defined) lines.push('', `# ${name}: defined in the manifests; kubectl apply creates it`);
  for (const w of wanted) lines.push('', ...commandsFor(w));
  if (wanted.length === 0 && defined.length === 0) lines.push('', '# none: no credential is referenced');
  out(`${lines.join('\n')}\n`);
  return 0;
}
