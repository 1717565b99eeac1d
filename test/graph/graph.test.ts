// `cdk8s-tekton graph` on the examples: exact text and mermaid, the SVG's labels, and the SVG
// rendered to PNG by a real renderer (librsvg's rsvg-convert).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { App } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { DiamondChart } from '../../examples/diamond/app';
import { Pipeline } from '../../lib';
import { main } from '../../lib/cli/graph';
import { graphsOf } from '../../lib/graph';
import { toSvg } from '../../lib/graph/svg';

const example = (name: string) => resolve(__dirname, '../../examples', name, 'expected.k8s.yaml');

async function graph(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, (s) => (stdout += s), (s) => (stderr += s));
  return { code, stdout, stderr };
}

const DIAMOND_TEXT = `Pipeline "diamond": 4 tasks, 1 finally
   1  version    Task "compute-version"
   2  build      Task "build"  after version (results)  [matrix: platform]
   2  unit-test  Task "unit-test"  after version  [when: $(params.run-tests) in (true)]
   3  publish    Task "publish"  after build, unit-test, version (results)
  finally, after all tasks:
      notify     Task "notify"
`;

const DIAMOND_MERMAID = `flowchart TD
  subgraph p0["Pipeline #quot;diamond#quot;"]
    p0t0["version<br/>Task #quot;compute-version#quot;"]
    p0t1["build<br/>Task #quot;build#quot;<br/>matrix: platform"]
    p0t2["unit-test<br/>Task #quot;unit-test#quot;<br/>when: $(params.run-tests) in (true)"]
    p0t3["publish<br/>Task #quot;publish#quot;"]
    subgraph p0finally["finally"]
      p0t4["notify<br/>Task #quot;notify#quot;"]
    end
  end
  p0t0 -->|results| p0t1
  p0t0 --> p0t2
  p0t1 --> p0t3
  p0t2 --> p0t3
  p0t0 -->|results| p0t3
`;

const LOYALTY_TEXT = `Pipeline "loyalty-build": 2 tasks
   1  clone  Task "git-clone"
   2  build  Task "buildah"  after clone (results)
`;

const LOYALTY_MERMAID = `flowchart TD
  subgraph p0["Pipeline #quot;loyalty-build#quot;"]
    p0t0["clone<br/>Task #quot;git-clone#quot;"]
    p0t1["build<br/>Task #quot;buildah#quot;"]
  end
  p0t0 -->|results| p0t1
`;

const PAC_TEXT = `PipelineRun "loyalty-push": 2 tasks
   1  clone  taskSpec (steps: clone)
   2  build  taskSpec (steps: build-and-push)  after clone (results)
`;

const PAC_MERMAID = `flowchart TD
  subgraph p0["PipelineRun #quot;loyalty-push#quot;"]
    p0t0["clone<br/>taskSpec (steps: clone)"]
    p0t1["build<br/>taskSpec (steps: build-and-push)"]
  end
  p0t0 -->|results| p0t1
`;

describe('cdk8s-tekton graph', () => {
  it.each([
    ['diamond', 'text', DIAMOND_TEXT], ['diamond', 'mermaid', DIAMOND_MERMAID],
    ['loyalty-build', 'text', LOYALTY_TEXT], ['loyalty-build', 'mermaid', LOYALTY_MERMAID],
    ['loyalty-pac', 'text', PAC_TEXT], ['loyalty-pac', 'mermaid', PAC_MERMAID],
  ])('draws the %s example as %s', async (name, format, expected) => {
    const r = await graph([example(name), '--format', format]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, expected, '']);
  });

  it('is text by default, and the README shows the loyalty pipeline\'s mermaid graph', async () => {
    expect((await graph([example('diamond')])).stdout).toBe(DIAMOND_TEXT);
    expect(readFileSync(resolve(__dirname, '../../README.md'), 'utf8')).toContain(`\`\`\`mermaid\n${LOYALTY_MERMAID}\`\`\``);
  });

  it('pipeline.toMermaid() draws the SDK\'s Pipeline as the command draws its YAML', () => {
    const chart = new DiamondChart(new App());
    const pipeline = chart.node.findAll().find((c): c is Pipeline => c instanceof Pipeline)!;
    expect(pipeline.toMermaid()).toBe(DIAMOND_MERMAID);
  });

  it('refuses an unknown format and files without a pipeline, with exit 2', async () => {
    const bad = await graph([example('diamond'), '--format', 'png']);
    expect([bad.code, bad.stderr.split('\n')[0]]).toEqual([2, 'cdk8s-tekton graph: --format must be text, mermaid, dot, svg, not "png"']);
    const none = await graph([resolve(__dirname, '../../examples/hello/expected.k8s.yaml')]);
    expect(none.code).toBe(2);
    expect(none.stderr.split('\n')[0]).toMatch(/^cdk8s-tekton graph: no Pipeline, and no PipelineRun with a pipelineSpec, among the 1 files given \(/);
  });

  it('writes dot with clusters, finally apart, when dashed and matrix doubled', async () => {
    const r = await graph([example('diamond'), '--format', 'dot']);
    expect(r.stdout.split('\n').filter((l) => /->|peripheries|dashed|cluster/.test(l))).toEqual([
      '  subgraph cluster_p0 {',
      '    p0t1 [label="build\\nTask \\"build\\"\\nmatrix: platform", peripheries=2];',
      '    p0t2 [label="unit-test\\nTask \\"unit-test\\"\\nwhen: $(params.run-tests) in (true)", style="rounded,dashed"];',
      '    subgraph cluster_p0finally {',
      '      style=dashed;',
      '  p0t0 -> p0t1 [label="results"];',
      '  p0t0 -> p0t2;',
      '  p0t1 -> p0t3;',
      '  p0t2 -> p0t3;',
      '  p0t0 -> p0t3 [label="results"];',
    ]);
  });
});

describe('cdk8s-tekton graph --format svg', () => {
  const svgOf = async (name: string) => (await graph([example(name), '--format', 'svg'])).stdout;

  it.each([
    ['diamond', ['version', 'build', 'unit-test', 'publish', 'notify', 'Task &quot;compute-version&quot;', 'matrix: platform', 'when: $(params.run-tests) in (true)', 'finally: after all tasks']],
    ['loyalty-pac', ['clone', 'build', 'taskSpec (steps: build-and-push)']],
  ])('labels every task of the %s example', async (name, labels) => {
    const svg = await svgOf(name);
    const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const label of labels) expect(texts).toContain(label);
    expect(svg).toBe(await svgOf(name));
  });

  it('escapes what XML would read as markup', () => {
    const [g] = graphsOf([{ apiVersion: 'tekton.dev/v1', kind: 'Pipeline', metadata: { name: 'p' }, spec: { tasks: [{ name: 'a', taskRef: { name: 'x' }, when: [{ input: '<&>', operator: 'in', values: ['"'] }] }] } }]);
    expect(toSvg([g])).toContain('>when: &lt;&amp;&gt; in (&quot;)</text>');
  });

  it.each(['diamond', 'loyalty-build', 'loyalty-pac'])('renders the %s example to PNG with rsvg-convert', async (name) => {
    const svg = await svgOf(name);
    const r = spawnSync('rsvg-convert', ['--format', 'png'], { input: svg });
    expect([r.status, r.stderr.toString()]).toEqual([0, '']);
    const png = r.stdout as Buffer;
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect([w, h]).toEqual([Number(/width="(\d+)"/.exec(svg)![1]), Number(/height="(\d+)"/.exec(svg)![1])]);
  });
});
