// The quick YAML writer (lib/yaml-fast-write.ts) must give exactly the text cdk8s's Yaml.stringify
// gives for a manifest, or give up. Compared here on every manifest corpus at hand, on hand-written
// cases and on generated documents; each comparison counts how often the quick writer answered, so
// a writer that always gave up (and so never disagreed) fails. An app's synth writes its Tekton
// manifests with it (lib/synth-yaml.ts), and every other document with cdk8s's writer.
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ApiObject, App, Chart, Yaml } from 'cdk8s';
import { describe, expect, it, vi } from 'vitest';
import { Task } from '../../lib';
import { isCheckedSave, isCheckedWriter, isTektonManifest, writeTexts } from '../../lib/synth-yaml';
import { parseFully } from '../../lib/yaml';
import { writeSimpleYaml } from '../../lib/yaml-fast-write';
import { describeWithCorpus } from '../support/corpus';
import { yamlFiles } from '../support/yaml-files';

const REPO = resolve(__dirname, '../..');
/** cdk8s's own Yaml.stringify and Yaml.save: this file's first synth puts the quick writer's in their place. */
const CDK8S_STRINGIFY = Yaml.stringify;
const CDK8S_SAVE = Yaml.save;

/** True when the quick writer answered for `doc`; fails the test when its text is not cdk8s's. */
function compare(doc: unknown, where: string): boolean {
  const quick = writeSimpleYaml(doc);
  if (quick === undefined) return false;
  const full = CDK8S_STRINGIFY(doc);
  if (quick !== full) expect(quick, `${where}: the quick writer disagrees with cdk8s's Yaml.stringify`).toBe(full);
  return true;
}

/** Every document of every file, compared; how many the quick writer answered for, of how many. */
function compareFiles(files: string[]): { quick: number; all: number } {
  let quick = 0;
  let all = 0;
  for (const f of files) {
    const parsed = parseFully(readFileSync(f, 'utf8'));
    parsed.documents.forEach((d, i) => {
      all++;
      if (compare(d.value, `${f} document ${i}`)) quick++;
    });
  }
  return { quick, all };
}

/** A seeded generator (mulberry32): the same documents on every run. */
function random(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

describe('the quick YAML writer agrees with cdk8s', () => {
  it('on the repository: examples, docs and test fixtures, and answers for every synthesized example', () => {
    const { quick, all } = compareFiles(['examples', 'docs', 'test'].flatMap((d) => yamlFiles(join(REPO, d))));
    expect(all).toBeGreaterThan(300);
    expect(quick / all).toBeGreaterThan(0.7);
    const synthesized = yamlFiles(join(REPO, 'examples')).filter((f) => /expected|dist/.test(f));
    expect(synthesized.length).toBeGreaterThan(5);
    const { quick: q, all: a } = compareFiles(synthesized);
    expect(q).toBe(a);
  });

  it.each([
    ['plain scalars, nesting, empty collections', { a: 'x', b: { c: [1, true, 'yy'], d: [], e: {} }, f: [{ g: 'h', i: [['j', 'k'], []] }, {}] }, 'a: x\nb:\n  c:\n    - 1\n    - true\n    - yy\n  d: []\n  e: {}\nf:\n  - g: h\n    i:\n      - - j\n        - k\n      - []\n  - {}\n'],
    ['literal blocks: strip and clip, blank lines, indented lines', { s: 'a\n  b\n\n\nc', t: ['one\ntwo\n'] }, 's: |-\n  a\n    b\n\n\n  c\nt:\n  - |\n    one\n    two\n'],
    ['YAML 1.1 words and numbers as strings', { a: 'yes', b: 'Off', c: '010', d: '0x1F', e: '1:30', f: 'E5', g: '.inf', h: '', i: '~', j: '2024-01-02', k: '3.20', l: '1.2.3', m: 'v1' }, 'a: "yes"\nb: "Off"\nc: "010"\nd: "0x1F"\ne: "1:30"\nf: "E5"\ng: ".inf"\nh: ""\ni: "~"\nj: "2024-01-02"\nk: "3.20"\nl: 1.2.3\nm: v1\n'],
    ['indicators and quotes', { a: '- x', b: 'a: b', c: 'a #b', d: '#c', e: '"q" x', f: "'s x", g: '"both\' "', h: 'tab\tin', i: 'end:', j: '$(params.x)', k: 'http://h:1/p#f', '[k]': 1, 'a b': '<<' }, 'a: "- x"\nb: "a: b"\nc: "a #b"\nd: "#c"\ne: \'"q" x\'\nf: "\'s x"\ng: "\\"both\' \\""\nh: tab\tin\ni: "end:"\nj: $(params.x)\nk: http://h:1/p#f\n"[k]": 1\na b: <<\n'],
  ])('%s', (_, doc, text) => {
    expect(writeSimpleYaml(doc)).toBe(text);
    expect(Yaml.stringify(doc)).toBe(text);
  });

  it('gives up where the full writer prints otherwise or where it is not sure', () => {
    const shared = { x: 1 };
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const unsure: Array<[string, unknown]> = [
      ['a null', { a: null }],
      ['an undefined field', { a: undefined }],
      ['a fraction', { a: 1.5 }],
      ['minus zero', { a: -0 }],
      ['an object met twice (the full writer makes an alias)', { a: shared, b: shared }],
      ['a cycle', cyclic],
      ['a control character', { a: 'bell\u0007' }],
      ['a line separator', { '\u2028%': 1 }],
      ['a key over several lines', { 'a\nb': 1 }],
      ['a block that starts with a space', { a: ' x\ny' }],
      ['a block that ends with blank lines', { a: 'x\n\n' }],
      ['a class instance', { a: new Date(0) }],
      ['a document marker', { a: '--- x' }],
      ['a list at the top', [1]],
    ];
    for (const [what, doc] of unsure) expect(writeSimpleYaml(doc), what).toBeUndefined();
    expect(writeSimpleYaml({})).toBe('{}\n');
  });

  it('on generated documents: the same text whenever it answers, and it answers for many', () => {
    const rand = random(20261207);
    const pick = <T>(list: readonly T[]): T => list[rand(list.length)];
    const atoms = ['a', 'Z', '0', '1', '7', '.', '-', '+', ':', ' ', '\t', '\n', '#', '"', "'", 'e', 'E', 'x', 'b', '_', '~', '?', '|', '>', '%', '@', '`', '[', ']', '{', '}', ',', '&', '*', '!', '$', '(', '/', '\\', 'yes', 'no', 'On', 'null', 'true', '.inf', '<<', '---', '...', '2024-01-02', '12:30', '0x1F', '1e3', '\u00a0', '\u2028', 'é', '\u0007', '\r', '  ', '\n\n'];
    const text = (): string => Array.from({ length: rand(6) }, () => pick(atoms)).join('');
    const value = (depth: number): unknown => {
      if (depth > 3 || rand(2) === 0) return [text(), text(), text(), rand(2000) - 1000, rand(2) === 0, null][rand(6)];
      if (rand(3) < 2) return Object.fromEntries(Array.from({ length: rand(4) }, () => [rand(5) < 4 ? pick(['name', 'image', 'script', 'a b', '1']) : text(), value(depth + 1)]));
      return Array.from({ length: rand(4) }, () => value(depth + 1));
    };
    let quick = 0;
    const runs = 20000;
    for (let i = 0; i < runs; i++) {
      const doc = Object.fromEntries(Array.from({ length: 1 + rand(4) }, () => [rand(10) < 7 ? pick(['apiVersion', 'kind', 'metadata', 'spec']) : text(), value(0)]));
      if (compare(doc, `generated #${i}: ${JSON.stringify(doc)}`)) quick++;
    }
    expect(quick).toBeGreaterThan(runs / 4);
  });

  it('on a document of many thousand lines, which it writes in chunks', () => {
    const tasks = Array.from({ length: 3000 }, (_, i) => ({
      name: `t-${i}`,
      params: [{ name: 'input', value: i === 0 ? '$(params.seed)' : `$(tasks.t-${(i - 1) >> 1}.results.out)` }],
      runAfter: i === 0 ? [] : [`t-${(i - 1) >> 1}`],
      taskRef: { name: `task-${i}` },
    }));
    const doc = { apiVersion: 'tekton.dev/v1', kind: 'Pipeline', metadata: { name: 'big' }, spec: { tasks } };
    const quick = writeSimpleYaml(doc);
    expect(quick).toBe(CDK8S_STRINGIFY(doc));
    expect(quick!.split('\n')).toHaveLength(3000 * 8 + 6);
  });
});

describe("an app's synth writes its Tekton manifests with the quick writer", () => {
  it("writes cdk8s's text, for Tekton manifests only, and leaves a manifest it is not sure of to cdk8s", () => {
    const cdk8sStringify = Yaml.stringify;
    const outdir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-yaml-'));
    const app = new App({ outdir });
    const chart = new Chart(app, 'c');
    new Task(chart, 'build').addStep({ name: 'run', image: 'alpine', script: 'echo "yes"\nexit 0\n' });
    new ApiObject(chart, 'limits', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'ratio' }, data: { ratio: '0.5' } } as never);
    app.synth();
    // From the first synth on, for the rest of the process, whatever it awaits.
    expect(Yaml.stringify).not.toBe(cdk8sStringify);
    const docs = chart.toJson();
    expect(docs.map((d) => [d.kind, isTektonManifest(d)])).toEqual([['Task', true], ['ConfigMap', false]]);
    const written = readFileSync(join(outdir, 'c.k8s.yaml'), 'utf8');
    expect(written).toBe(cdk8sStringify(...docs));
    expect(written).toContain('script: |\n        echo "yes"\n        exit 0\n');
    // A manifest the quick writer is not sure of (a fraction) is written by cdk8s's writer.
    const task = docs[0] as { spec: { steps: Array<Record<string, unknown>> } };
    task.spec.steps[0].weight = 0.5;
    expect(writeSimpleYaml(task)).toBeUndefined();
    expect(Yaml.stringify(task)).toBe(cdk8sStringify(task));
    expect(Yaml.stringify(task)).toContain('weight: 0.5\n');
  });

  it("writes a file's bytes piece by piece: the same as cdk8s's, a long text with characters of every width included", () => {
    expect(Yaml.save).not.toBe(CDK8S_SAVE);
    const outdir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-yaml-'));
    const app = new App({ outdir });
    const chart = new Chart(app, 'c');
    // Lines of 1-, 2- and 3-byte UTF-8, and in a second script 4-byte (a surrogate pair in
    // JavaScript), long enough to be written in several pieces, so that pieces end next to and
    // inside each kind. The quick writer leaves the second to cdk8s's writer.
    const line = (i: number, wide: string): string => `echo ${i} ${'x'.repeat(i % 7)} a \u00e9 ${wide}`;
    const script = (wide: string): string => Array.from({ length: 9000 }, (_, i) => line(i, wide)).join('\n');
    expect(script('\u20ac').length).toBeGreaterThan(4 * 32768);
    new Task(chart, 'long').addStep({ name: 'run', image: 'alpine', script: script('\u20ac') });
    new Task(chart, 'rocket').addStep({ name: 'run', image: 'alpine', script: script('\u{1f680}') });
    for (let i = 0; i < 300; i++) new Task(chart, `short-${i}`).addStep({ name: 'run', image: 'alpine', script: `echo ${i}` });
    new ApiObject(chart, 'limits', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'ratio' }, data: { ratio: '0.5', rocket: '\u{1f680}' } } as never);
    app.synth();
    const docs = chart.toJson();
    expect(writeSimpleYaml(docs[0])).toBeDefined();
    expect(writeSimpleYaml(docs[1])).toBeUndefined();
    const expected = Buffer.from(CDK8S_STRINGIFY(...docs), 'utf8');
    expect(readFileSync(join(outdir, 'c.k8s.yaml')).equals(expected)).toBe(true);
    expect(expected.length).toBeGreaterThan(8 * 32768);
  });

  it('writes long texts in pieces that never split a character, and short ones joined', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-yaml-'));
    // A piece is 32768 code units: in 'a' + rockets, unit 32767 is the first half of a rocket.
    const cases: string[][] = [
      ['a' + '\u{1f680}'.repeat(40000)],
      ['\u{1f680}'.repeat(40000), 'b', 'c\u00e9'.repeat(70000)],
      Array.from({ length: 5000 }, (_, i) => `doc ${i} \u20ac\n`),
      ['x'.repeat(32768), 'y'.repeat(32767), 'z'.repeat(32769), ''],
      [],
    ];
    for (const [i, texts] of cases.entries()) {
      const file = join(dir, `${i}.yaml`);
      const fd = openSync(file, 'w');
      try {
        writeTexts(fd, texts);
      } finally {
        closeSync(fd);
      }
      expect(readFileSync(file).equals(Buffer.from(texts.join('---\n'), 'utf8')), `case ${i}`).toBe(true);
    }
  });

  it('leaves the file as it was when a document cannot be written, as cdk8s does', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-yaml-'));
    const app = new App({ outdir });
    const chart = new Chart(app, 'c');
    new Task(chart, 'build').addStep({ name: 'run', image: 'alpine', script: 'true' });
    app.synth();
    const file = join(outdir, 'c.k8s.yaml');
    writeFileSync(file, 'kept\n');
    const broken = { apiVersion: 'v1', kind: 'ConfigMap', get data(): never { throw new Error('data cannot be read'); } };
    for (const save of [Yaml.save, CDK8S_SAVE]) {
      expect(() => save.call(Yaml, file, [...chart.toJson(), broken])).toThrow('data cannot be read');
      expect(readFileSync(file, 'utf8')).toBe('kept\n');
    }
  });

  it('writes through a Yaml.stringify that something else put in place after the first synth', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-yaml-'));
    const app = new App({ outdir });
    new Task(new Chart(app, 'c'), 'build').addStep({ name: 'run', image: 'alpine', script: 'true' });
    const ours = Yaml.stringify;
    const theirs = (...docs: unknown[]): string => `# theirs\n${ours.apply(Yaml, docs)}`;
    (Yaml as { stringify: typeof theirs }).stringify = theirs;
    try {
      app.synth();
      expect(readFileSync(join(outdir, 'c.k8s.yaml'), 'utf8')).toMatch(/^# theirs\napiVersion: tekton.dev\/v1\nkind: Task\n/);
    } finally {
      (Yaml as { stringify: typeof ours }).stringify = ours;
    }
  });

  it('leaves a Yaml.stringify that something else put in place before the first synth', async () => {
    vi.resetModules();
    const fresh = await import('cdk8s');
    const lib = (await import('../../lib/index.js')) as typeof import('../../lib');
    const cdk8sStringify = fresh.Yaml.stringify;
    const theirs = (...docs: unknown[]): string => `# theirs\n${cdk8sStringify.apply(fresh.Yaml, docs)}`;
    (fresh.Yaml as { stringify: typeof theirs }).stringify = theirs;
    try {
      const outdir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-yaml-'));
      const app = new fresh.App({ outdir });
      new lib.Task(new fresh.Chart(app, 'c'), 'build').addStep({ name: 'run', image: 'alpine', script: 'true' });
      app.synth();
      expect(readFileSync(join(outdir, 'c.k8s.yaml'), 'utf8')).toMatch(/^# theirs\n/);
      expect(fresh.Yaml.stringify).toBe(theirs);
    } finally {
      (fresh.Yaml as { stringify: typeof cdk8sStringify }).stringify = cdk8sStringify;
    }
  });
});

describe('the quick writer is used only with the writer it copies', () => {
  it("takes this repository's cdk8s and yaml, and refuses another yaml version or another Yaml.stringify", () => {
    const yamlVersion = (JSON.parse(readFileSync(require.resolve('yaml/package.json', { paths: [join(REPO, 'node_modules', 'cdk8s', 'lib')] }), 'utf8')) as { version: string }).version;
    const source = String(CDK8S_STRINGIFY);
    expect(isCheckedWriter(source, yamlVersion)).toBe(true);
    expect(isCheckedWriter(source, '2.9.2')).toBe(false);
    expect(isCheckedWriter(source.replace('lineWidth: 0', 'lineWidth: 80'), yamlVersion)).toBe(false);
  });

  it("takes this repository's Yaml.save, and refuses one that writes otherwise", () => {
    const source = String(CDK8S_SAVE);
    expect(isCheckedSave(source)).toBe(true);
    expect(isCheckedSave(source.replace("{ encoding: 'utf8' }", "{ encoding: 'utf8', mode: 0o600 }"))).toBe(false);
    expect(isCheckedSave(source.replace('this.stringify(...docs)', 'this.stringify(...docs.filter(Boolean))'))).toBe(false);
  });
});

describeWithCorpus('the quick YAML writer on the Tekton examples', 'examples', (dir) => {
  it('agrees with cdk8s on every document it answers for, and answers for most', () => {
    const { quick, all } = compareFiles(yamlFiles(dir));
    expect(all).toBeGreaterThan(150);
    expect(quick / all).toBeGreaterThan(0.7);
  });
});
