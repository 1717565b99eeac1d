// The quick YAML reader (lib/yaml-fast.ts) must give exactly what the full reader gives, or give
// up. Compared here on every manifest corpus at hand, on hand-written edge cases and on generated
// documents; each comparison also counts how often the quick reader answered, so a reader that
// always gave up (and so always "agreed") fails.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseFully, parseYamlStream } from '../../lib/yaml';
import { readSimpleYaml } from '../../lib/yaml-fast';
import { describeWithCorpus } from '../support/corpus';
import { yamlFiles } from '../support/yaml-files';

const REPO = resolve(__dirname, '../..');

/** The quick reader's documents, or undefined when it gave up; throws when it disagrees with the full reader. */
function compare(text: string, where: string): boolean {
  const quick = readSimpleYaml(text);
  if (quick === undefined) return false;
  const full = parseFully(text);
  expect(full.problems.map((p) => p.message), `${where}: the quick reader took a text the full reader refuses`).toEqual([]);
  const expected = full.documents.map((d) => ({ line: d.line, value: d.value }));
  if (!isDeepStrictEqual(quick, expected)) expect(quick, `${where}: the quick reader disagrees with the full reader`).toEqual(expected);
  // Every field's line, and a missing field's nearest enclosing one, as the full reader gives them.
  const stream = parseYamlStream(text);
  quick.forEach((doc, index) => {
    for (const path of fieldPaths(doc.value)) {
      const got = stream.lineOf(index, path);
      const want = full.lineOf(index, path);
      if (got !== want) expect(got, `${where}: line of ${JSON.stringify(path)} in document ${index}`).toBe(want);
    }
  });
  return true;
}

/** The path of every field and item in `value`, and one missing field under each mapping. */
function fieldPaths(value: unknown, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return out;
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [k, v] of entries) {
    out.push([...prefix, k]);
    fieldPaths(v, [...prefix, k], out);
  }
  out.push([...prefix, Array.isArray(value) ? value.length : 'no-such-field']);
  return out;
}

function compareFiles(files: string[]): { quick: number; all: number } {
  let quick = 0;
  for (const f of files) if (compare(readFileSync(f, 'utf8'), f)) quick++;
  return { quick, all: files.length };
}

describe('the quick YAML reader agrees with the full reader', () => {
  it('on the repository: examples, docs and test fixtures', () => {
    const files = ['examples', 'docs', 'test'].flatMap((d) => yamlFiles(join(REPO, d)));
    const { quick, all } = compareFiles(files);
    expect(all).toBeGreaterThan(100);
    // The examples' synthesized YAML is all in the subset; hostile fixtures are not.
    expect(quick / all).toBeGreaterThan(0.8);
  });

  it('on every example synthesized by the SDK (cdk8s writes what the cluster reads)', () => {
    const files = yamlFiles(join(REPO, 'examples')).filter((f) => /expected|dist/.test(f));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(compare(readFileSync(f, 'utf8'), f), `${f}: the quick reader gave up`).toBe(true);
  });

  it.each([
    ['literal and folded block scalars with chomping', 'a: |\n  one\n  two\n\n  three\nb: |-\n  x\n\nc: >\n  folded\n  line\n\n  para\nd: >-\n  x\n  y\ne: end\n'],
    ['leading empty lines in a literal', 'a: |\n\n\n  after two\nb: 1\n'],
    ['comments inside and after a block scalar', 'a: |\n  # kept\n  x\n# not kept\nb: 2\n'],
    ['YAML 1.1 scalars', 'a: yes\nb: off\nc: 010\nd: 0x1F\ne: 1_000\nf: 1:30\ng: .inf\nh: ~\ni: 2024-01-01\nj: 1e3\nk: 0b101\nl: -.5\nm: Null\nn: "yes"\no: \'010\'\n'],
    ['quoted scalars with escapes', 'a: "tab\\there \\"q\\" \\u00e9 \\x41 \\\\ \\/"\nb: \'it\'\'s # not a comment\'\nc: "# not a comment" # a comment\n'],
    ['compact mappings in lists, and lists at their key\'s indentation', 'steps:\n- name: a\n  image: x\n-   name: b\n    args: ["-c", x, 3]\nempty: []\nnone: {}\nnull-value:\nnext: 1\n'],
    ['nested lists and maps', 'a:\n  - - x\n'],
    ['plain scalars holding indicators in the middle', 'a: http://x:8080/a#b\nb: a[0]{x}\nc: -1\nd: x: y\n'],
    ['several documents', '# head\n---\na: 1\n---\n# c\nb:\n  - 2\n'],
    ['a key that is a YAML 1.1 boolean', 'on: push\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n\n\n  three\n    four\nb: 1\n'],
    ['a plain scalar on the lines below its key', 'script:\n  echo "x" > $(p)/foo || true\n  test -f y\nlist:\n- one\n  two\n-\n  below\n'],
    ['a multi-line plain scalar with a comment or a colon inside', 'a: one # c\n  two\nb: x\n  y: z\n'],
    ['a multi-line plain scalar whose lines start with indicators', 'a: one\n  - two\n  -three\n  #four\n'],
    ['a tab', 'a:\t1\n'],
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'a: &x {b: 1}\nc:\n  <<: *x\n'],
    ['an empty document', '---\n---\na: 1\n'],
    ['a block scalar at the end of the file without a newline', 'a: |\n  x'],
    ['keep chomping', 'a: |+\n  x\n\nb: 1\n'],
    ['a folded scalar with more-indented lines', 'a: >\n  x\n    y\n  z\nb: 1\n'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n'],
    ['a quoted key', '"a b": 1\n\'c\': 2\n'],
    ['a scalar document', 'just text\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a value on the line below its key', 'a:\n  text\n'],
    ['empty documents', '---\n---\na: 1\n---\n# only a comment\n---\nb: 2\n---\n'],
    ['flow collections over several lines, with trailing commas', 'args: [\n  "$(params.a)",\n  b,\n]\nmap: {type: string, "k": [1, {x: y}],}\nnested:\n  - [\n    a, b\n  ]\n'],
    ['a comment inside a flow collection', 'a: [\n  x, # why\n  y\n]\n'],
    ['a flow scalar with a colon', 'a: [x:y, "p: q"]\n'],
    ['a flow collection indented too little', 'k:\n  a: [\n x\n  ]\n'],
  ])('%s', (_, text) => {
    compare(text, JSON.stringify(text));
  });

  it('answers for the common cases above and gives up on the others', () => {
    const answered = (text: string) => readSimpleYaml(text) !== undefined;
    expect(answered('a: |\n  one\n  two\n\n  three\nb: |-\n  x\n\nc: >\n  folded\n  line\n\n  para\nd: >-\n  x\n  y\ne: end\n')).toBe(true);
    expect(answered('steps:\n- name: a\n  image: x\n-   name: b\n    args: ["-c", x, 3]\nempty: []\nnone: {}\nnull-value:\nnext: 1\n')).toBe(true);
    expect(answered('a: yes\nb: off\nc: 10\nd: 1.5\n')).toBe(true);
    expect(answered('args: [\n  "$(params.a)",\n  b,\n]\nmap: {type: string, "k": [1, {x: y}],}\n')).toBe(true);
    expect(answered('---\n---\na: 1\n---\n')).toBe(true);
 expect(answered('a: one\n  two\n')).toBe(true);
    for (const text of ['a: 1\na: 2\n', 'a: one # c\n  two\n', 'a:\t1\n', 'a: &x 1\nb: *x\n', 'a: |+\n  x', 'on: push\n', 'a: 1\r\n', 'a: [\n  x, # why\n  y\n]\n', 'k:\n  a: [\n x\n  ]\n']) {
      expect(answered(text), JSON.stringify(text)).toBe(false);
    }
  });

  it('on generated documents, as cdk8s and hand-written styles write them', () => {
    let seed = 20261206;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const words = ['a', 'yes', 'No', '010', '0x1f', '1.5', '-3', 'null', '~', '', ' lead', 'trail ', 'a: b', 'a #b', '#c', "it's", 'say "hi"', 'tab\there', 'é ü', '- x', '[x]', '{y}', '*z', '&w', '!t', '|', '>', 'line\nbreak', 'two\n\nparas\n', 'end\n', '  indented\nline\n', 'http://h:1/p', '1:30', '.inf', '2024-01-01'];
    const value = (depth: number): unknown => {
      const k = rand(depth > 3 ? 5 : 8);
      if (k < 4) return [words[rand(words.length)], rand(1000) - 500, rand(2) === 0, null][k];
      if (k === 4) return words[rand(words.length)];
      if (k === 5 || k === 6) {
        const out: Record<string, unknown> = {};
        for (let i = rand(4); i >= 0; i--) out[`${words[rand(words.length)]}${i}`] = value(depth + 1);
        return out;
      }
      return Array.from({ length: rand(4) }, () => value(depth + 1));
    };
    let quick = 0;
    const runs = 600;
    for (let i = 0; i < runs; i++) {
      const docs = Array.from({ length: 1 + rand(2) }, () => ({ kind: 'X', spec: value(0) }));
      const style = rand(4);
      const text = docs.map((d) => stringify(d, { version: '1.1', lineWidth: style === 0 ? 0 : 40, indentSeq: style !== 1, collectionStyle: style === 3 ? 'flow' : 'any' })).join('---\n');
      if (compare(text, `generated #${i}: ${JSON.stringify(text)}`)) quick++;
    }
    expect(quick).toBeGreaterThan(runs / 3);
  });

  it('on manifests with random small edits (stray indicators, tabs, broken indentation, repeated lines)', () => {
    const seeds = yamlFiles(join(REPO, 'examples')).map((f) => readFileSync(f, 'utf8')).filter((t) => t.length < 20_000);
    const marks = [' ', ':', '-', '#', '"', "'", '[', ']', '{', '}', ',', '|', '>', '&', '*', '!', '\t', 'x', '\n', '\\', '?', '%', '@', '0', '.', '~', '+'];
    let seed = 99;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let quick = 0;
    const runs = 1500;
    for (let k = 0; k < runs; k++) {
      let text = seeds[rand(seeds.length)];
      for (let m = 1 + rand(3); m > 0; m--) {
        const lines = text.split('\n');
        const at = rand(lines.length);
        const line = lines[at];
        const p = rand(line.length + 1);
        const edit = rand(5);
        if (edit === 0) lines[at] = line.slice(0, p) + marks[rand(marks.length)] + line.slice(p);
        else if (edit === 1) lines[at] = line.slice(0, p) + line.slice(p + 1);
        else if (edit === 2) lines.splice(at, 0, line);
        else if (edit === 3) lines[at] = ' '.repeat(1 + rand(2)) + line;
        else lines[at] = line.replace(/^ {1,2}/, '');
        text = lines.join('\n');
      }
      if (compare(text, `edited text #${k}: ${JSON.stringify(text)}`)) quick++;
    }
    expect(quick).toBeGreaterThan(runs / 10);
  });

  it('types plain scalars as YAML 1.1 does, or leaves them to the full reader', () => {
    const alphabet = ['0', '1', '7', '8', '9', '.', '_', ':', '-', '+', 'e', 'E', 'x', 'b', 'a', 'f', 'o', 'n', 'i', 'N', 'y', 'Y', '~', '/', 'v'];
    const fixed = ['0', '-0', '+0', '00', '010', '08', '0x1F', '-0x1F', '0x_', '0b101', '0b_', '1_000', '1:30', '-1:30', '1:30.5', '1.5', '-1.50', '+1.5', '.5', '5.', '.', '1e3', '1.5e-3', '.inf', '-.Inf', '.NaN', '.nan', 'y', 'n', 'Yes', 'off', 'On', 'null', 'Null', '~', 'NULL', 'nULL', '1.2.3', '10.0.0.1', '2024-01-01', '1-2', '123456789012345', '1234567890123456', '12345678901234567890', '3.20', 'v1', 'e1', 'x1'];
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const generated = Array.from({ length: 20000 }, () => Array.from({ length: 1 + rand(6) }, () => alphabet[rand(alphabet.length)]).join(''));
    let typed = 0;
    for (const text of [...fixed, ...generated]) {
      if (compare(`v: ${text}\n`, JSON.stringify(text))) typed++;
    }
    expect(typed).toBeGreaterThan(10000);
    const value = (text: string) => (readSimpleYaml(`v: ${text}\n`)?.[0].value as { v: unknown } | undefined)?.v;
    expect(['0', '-0', '1.5', '-1.50', 'yes', 'Off', '~', '1.2.3', '2024-01-01', '3.20'].map(value)).toEqual([0, -0, 1.5, -1.5, true, false, null, '1.2.3', '2024-01-01', 3.2]);
    expect(['010', '0x1F', '1:30', '1e3', '.inf', '1_000'].map(value)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('gives the line of a field, as the full reader does', () => {
    const text = '# comment\napiVersion: v1\nkind: X\nspec:\n  steps:\n  - name: a\n  - name: b\n';
    const stream = parseYamlStream(text);
    expect(stream.documents).toEqual([{ index: 0, line: 2, value: { apiVersion: 'v1', kind: 'X', spec: { steps: [{ name: 'a' }, { name: 'b' }] } } }]);
    expect(stream.lineOf(0, ['spec', 'steps', 1, 'name'])).toBe(7);
  });
});

describeWithCorpus('the quick YAML reader on the Tekton examples', 'examples', (dir) => {
  it('agrees with the full reader on every file it answers for, and answers for most', () => {
    const { quick, all } = compareFiles(yamlFiles(dir));
    expect(all).toBeGreaterThan(150);
    expect(quick / all).toBeGreaterThan(0.8);
  });
});

describeWithCorpus('the quick YAML reader on the Tekton Triggers examples', 'triggers-examples', (dir) => {
  it('agrees with the full reader on every file it answers for', () => {
    const { quick, all } = compareFiles(yamlFiles(dir));
    expect(all).toBeGreaterThan(20);
    expect(quick).toBeGreaterThan(0);
  });
});
