// Child process of the script tag's benchmark, run from a precompiled copy of the repository:
// loads the library, then makes 10 step scripts that each interpolate a param, with the tag
// (`tag`) or written by hand as the tag would write them (`plain`: the same program without the
// tag). Prints the wall-clock time of its last statement, so the parent can see how long the
// process takes to end after it.
import { join } from 'node:path';

const [mode, root] = process.argv.slice(2);
// The package's bundled entry when the bench gives it (CDK8S_TEKTON_LIB), else the copy's lib/.
const lib: typeof import('../lib') = require(process.env.CDK8S_TEKTON_LIB ?? join(root, 'lib'));
const p = new lib.Param('p');
/** Ten different scripts, so that each is parsed (the tag keeps one placement per call site and text). */
const TEMPLATES: Array<[string, string]> = [
  ['npm test -- ', ' > out.txt'],
  ['set -eu\ncd src && make build TARGET=', '\nls -l dist'],
  ['for f in *.yaml; do\n  kubectl apply -f "$f" -n ', '\ndone'],
  ['if [ -n "$CI" ]; then\n  echo "deploying ', '"\nfi'],
  ['curl -fsS -H "Authorization: Bearer $TOKEN" https://example.com/api/', ' | jq .'],
  ['git clone --depth 1 ', ' repo && cd repo && git log -1'],
  ['case "$MODE" in\n  fast) echo ', ' ;;\n  *) echo slow ;;\nesac'],
  ['cat > config.json <<EOF\n{"name": "', '"}\nEOF'],
  ['docker build -t ', ' . && docker push "$IMAGE"'],
  ['sh -c "echo building ', '"'],
];
const texts: string[] = [];
for (const [before, after] of TEMPLATES) {
  if (mode === 'tag') texts.push(lib.script(Object.assign([before, after], { raw: [before, after] }), p).text);
  else texts.push(`${before}"\${PARAMS_P}"${after}`);
}
process.stdout.write(`${JSON.stringify({ scripts: texts.length, last: performance.timeOrigin + performance.now() })}\n`);
