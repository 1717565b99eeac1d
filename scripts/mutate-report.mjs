// Merges a StrykerJS JSON report (reports/mutation/<scope>.json) into mutation-results.json, the
// last figures per module, and renders MUTATION.md from it and mutation-reasons.json. A surviving
// mutant is named by a key that does not contain its line (mutator, original text, replacement,
// and an occurrence number when the same change appears twice in a file), so a reason written for
// it stays attached when lines above it move. A reason that starts with "equivalent" takes the
// mutant out of the adjusted score; any other reason ("left: …") keeps it counted.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const RESULTS = 'mutation-results.json';
const REASONS = 'mutation-reasons.json';
const DETECTED = ['Killed', 'Timeout'];
const UNDETECTED = ['Survived', 'NoCoverage'];

/** Collapses whitespace and shortens long text so a key stays one readable line. */
function short(text) {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 60) return flat;
  return `${flat.slice(0, 40)}…${createHash('sha1').update(flat).digest('hex').slice(0, 8)}`;
}

/** The source text a mutant replaces (report locations are 1-based lines and columns). */
function originalText(lines, { start, end }) {
  if (start.line === end.line) return lines[start.line - 1].slice(start.column - 1, end.column - 1);
  const middle = lines.slice(start.line, end.line - 1);
  return [lines[start.line - 1].slice(start.column - 1), ...middle, lines[end.line - 1].slice(0, end.column - 1)].join('\n');
}

function readJson(path, fallback) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : fallback;
}

/** One module's entry from the Stryker report's file entry. */
function moduleResult(file, entry, run) {
  const lines = entry.source.split('\n');
  const counts = {};
  const seen = new Map();
  const survivors = [];
  const mutants = [...entry.mutants].sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
  for (const m of mutants) {
    counts[m.status] = (counts[m.status] ?? 0) + 1;
    if (!UNDETECTED.includes(m.status)) continue;
    const original = originalText(lines, m.location);
    const base = `${m.mutatorName}: ${short(original)} → ${short(m.replacement ?? '')}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    survivors.push({ key: n === 1 ? base : `${base} #${n}`, line: m.location.start.line, status: m.status });
  }
  return { file, ...run, counts, survivors };
}

function score(detected, total) {
  return total === 0 ? 'n/a' : `${((100 * detected) / total).toFixed(1)} %`;
}

function cell(text) {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function render(results, reasons, root) {
  const files = Object.keys(results.modules).sort();
  const out = [
    '# Mutation testing',
    '',
    'Produced by `npm run mutate` (StrykerJS, stryker.config.mjs; scripts/mutate.mjs and scripts/mutate-report.mjs) on the modules that guard users. ' +
      'A mutant is one small change to the code; the tests that reached it in the dry run are run against it and must fail. ' +
      'Score = detected (killed or timed out) / (detected + survived + not covered); mutants that do not compile are dropped by the TypeScript checker. ' +
      'Adjusted score leaves out the survivors that mutation-reasons.json explains as equivalent (no test can tell them from the original). ' +
      'Each row comes from the last run that covered that module (`npm run mutate -- --mutate <file>` reruns one); run time is that run\'s wall time on a 2-core machine shared with other work.',
    '',
    '| module | mutants | killed | timeout | survived | no coverage | equivalent | score | adjusted score | run s | run date |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const file of files) {
    const m = results.modules[file];
    const c = (s) => m.counts[s] ?? 0;
    const detected = DETECTED.reduce((a, s) => a + c(s), 0);
    const valid = detected + UNDETECTED.reduce((a, s) => a + c(s), 0);
    const equivalent = m.survivors.filter((s) => /^equivalent/i.test(reasons[file]?.[s.key] ?? '')).length;
    out.push(
      `| ${file} | ${valid} | ${c('Killed')} | ${c('Timeout')} | ${c('Survived')} | ${c('NoCoverage')} | ${equivalent} | ${score(detected, valid)} | ` +
        `${score(detected, valid - equivalent)} | ${m.seconds} | ${m.date.slice(0, 10)} |`,
    );
  }
  out.push('', '## Surviving mutants', '');
  for (const file of files) {
    const m = results.modules[file];
    if (m.survivors.length === 0) continue;
    out.push(`### ${file}`, '', '| line | status | mutant | reason |', '|---|---|---|---|');
    for (const s of m.survivors) {
      const reason = reasons[file]?.[s.key] ?? 'no reason recorded yet';
      out.push(`| ${file}:${s.line} | ${s.status} | ${cell(s.key)} | ${cell(reason)} |`);
    }
    out.push('');
  }
  const audit = readJson(join(root, 'mutation-audit.json'), undefined);
  if (audit) {
    out.push("## The issue's 11 mutations", '', `Each applied alone by \`npm run mutation-audit\` (scripts/mutation-audit.mjs, ${audit.date}, node ${audit.node}); the listed test files must then fail.`, '',
      '| module | mutation | test files | failing tests | caught |', '|---|---|---|---|---|');
    for (const r of audit.results) out.push(`| ${r.file} | ${cell(r.what)} | ${r.tests.join(', ')} | ${r.failedTests} | ${r.caught ? 'yes' : 'NO'} |`);
    out.push('');
  }
  out.push('## Runs', '');
  const runs = new Map();
  for (const file of files) {
    const m = results.modules[file];
    runs.set(m.date, m);
  }
  for (const m of [...runs.values()].sort((a, b) => a.date.localeCompare(b.date))) {
    out.push(`- ${m.date}: \`npm run mutate${m.args.length ? ` -- ${m.args.join(' ')}` : ''}\`, ${m.seconds} s, node ${m.node}, ${m.cpus}, ` +
      `load average (1 min) ${m.load[0]} at start, ${m.load[1]} at end`);
  }
  return `${out.join('\n')}\n`;
}

/** Merges the latest Stryker report (when `run` is given) and rewrites MUTATION.md. */
export function writeReport(root, run) {
  const results = readJson(join(root, RESULTS), { modules: {} });
  const reasons = readJson(join(root, REASONS), {});
  if (run) {
    const report = JSON.parse(readFileSync(join(root, run.report), 'utf8'));
    const meta = {
      date: new Date().toISOString(),
      seconds: run.seconds,
      args: run.args,
      node: process.version,
      cpus: `${cpus().length} × ${cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
      load: [run.loadBefore[0].toFixed(1), run.loadAfter[0].toFixed(1)],
    };
    for (const [file, entry] of Object.entries(report.files)) results.modules[file] = moduleResult(file, entry, meta);
    writeFileSync(join(root, RESULTS), `${JSON.stringify(results, null, 2)}\n`);
  }
  writeFileSync(join(root, 'MUTATION.md'), render(results, reasons, root));
}
