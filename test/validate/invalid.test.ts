// The invalid-manifest corpus: every file in ./invalid is a small manifest set with exactly one
// mistake, and says in its header comments which admission-webhook rule it breaks (by section
// number, 1 metadata to 15), the validation options, and the exact problem lines the validator
// must print for it.
//
// Section 0 holds what the API server refuses before the webhook sees it: kinds and versions
// that are not served, and documents that do not fit the CRD's openAPIV3Schema.
//
//   # rule: 6 ParamSpec: if default is given, its type must equal the declared type
//   # options: {"apiFields": "stable"}
//   # expect: Task "t": spec.params[0].default: ... Fix: ...
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateManifests, ValidationOptions } from '../../lib';

const DIR = resolve(__dirname, 'invalid');

interface Fixture {
  readonly file: string;
  readonly section: number;
  readonly rules: string[];
  readonly options: ValidationOptions;
  readonly expected: string[];
  readonly text: string;
}

function load(file: string): Fixture {
  const text = readFileSync(join(DIR, file), 'utf8');
  const rules: string[] = [];
  const expected: string[] = [];
  let options: ValidationOptions = {};
  for (const line of text.split('\n')) {
    if (!line.startsWith('#')) break;
    const m = /^# (rule|options|expect): (.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === 'rule') rules.push(m[2]);
    else if (m[1] === 'options') options = JSON.parse(m[2]);
    else expected.push(m[2]);
  }
  return { file, section: Number(/^(\d+)-/.exec(file)?.[1]), rules, options, expected, text };
}

function run(f: Fixture): string[] {
  const docs = parseAllDocuments(f.text);
  for (const doc of docs) if (doc.errors.length > 0) throw new Error(`${f.file}: YAML error: ${doc.errors[0].message}`);
  const inputs = docs.map((d) => d.toJSON()).filter((m) => m !== null && m !== undefined).map((manifest, i) => ({ manifest, source: `${f.file}#${i}` }));
  // The warning about a param in a script is left out: many fixtures use one to show a reference.
  return validateManifests(inputs, f.options).filter((p) => p.rule !== 'script.tekton-reference').map(formatProblem);
}

const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort().map(load);

describe('invalid manifests: each is rejected with its expected message', () => {
  it('has at least 80 fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(80);
  });

  it('covers every section of the admission webhook\'s rules (1-15)', () => {
    const covered = new Set(fixtures.map((f) => f.section));
    expect([...Array(15).keys()].map((i) => i + 1).filter((s) => !covered.has(s))).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s', (_file, f) => {
    expect(f.section, 'file name starts with the section number').toBeGreaterThanOrEqual(0);
    expect(f.section).toBeLessThanOrEqual(16);
    expect(f.rules.length, 'a "# rule:" header line').toBeGreaterThan(0);
    for (const rule of f.rules) expect(rule.startsWith(`${f.section} `), `rule line names section ${f.section}`).toBe(true);
    expect(f.expected.length, 'at least one "# expect:" header line').toBeGreaterThan(0);
    const got = run(f);
    expect(got).toEqual(f.expected);
    for (const line of got) {
      expect(line).toMatch(/: (spec|metadata|kind|apiVersion)/);
      expect(line).toContain(' Fix: ');
    }
  });
});
