import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { convert } from '../../lib/convert';
import { normalise, undoScriptRewrite } from './convert-normalise';
import { compile, projectDir, synth } from './converted';
const files = process.argv.slice(2);
const dir = projectDir();
const all = files.map((f, i) => {
  const docs = parseAllDocuments(readFileSync(f, 'utf8')).map((d) => d.toJSON()).filter(Boolean);
  return { f, docs, r: convert(docs, { chartName: 'ExampleChart' }), m: `e${i}.ts` };
});
console.log(compile(dir, new Map(all.map((a) => [a.m, a.r.code]))));
for (const a of all) {
  if (process.env.SHOW) console.log(a.r.code);
  try {
    const out = synth(dir, a.m, 'ExampleChart').map(normalise);
    const input = a.docs.map(normalise);
    console.log(a.f, 'script mismatches', undoScriptRewrite(input, out));
    const A = JSON.stringify(input, null, 1).split('\n'), B = JSON.stringify(out, null, 1).split('\n');
    for (let i = 0; i < Math.max(A.length, B.length); i++) if (A[i] !== B[i]) { console.log('first diff at', i, '\n in:', A.slice(i - 3, i + 4).join('\n'), '\n out:', B.slice(i - 3, i + 4).join('\n')); break; }
  } catch (e) { console.log(a.f, String(e).slice(0, 500)); }
}
import { validateManifests } from '../../lib';
for (const a of all) {
  try {
    const out = synth(dir, a.m, 'ExampleChart');
    for (const p of validateManifests(out.map((manifest, i) => ({ manifest: manifest as any, source: `#${i}` })), { apiFields: 'alpha' }).filter((p) => p.rule === 'script.tekton-reference')) console.log(JSON.stringify(p).slice(0, 300));
  } catch (e) { console.log(String(e).slice(0, 300)); }
}
