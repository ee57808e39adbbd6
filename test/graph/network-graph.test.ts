import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDescriptor } from '../../src/descriptor/validate.js';
import type { KanmonDescriptor } from '../../src/descriptor/types.generated.js';
import { evaluate } from '../../src/evaluate.js';
import { renderNetworkGraph } from '../../src/graph/render.js';
import { formatMarkdown } from '../../src/report/formatters/markdown.js';
import { localGovernment } from '../fixtures/local-government.js';
import { dotProblems } from './dot-check.js';
import { parseMermaid } from './mermaid-parse.js';

const EXAMPLES = ['three-layer-alpha-pass', 'three-layer-beta-no-edr', 'three-layer-mynumber-internet'];

function load(name: string): KanmonDescriptor {
  const parsed = parseDescriptor(readFileSync(`docs/examples/${name}.yaml`, 'utf8'), name);
  if (!parsed.ok) throw new Error(`${name} is invalid`);
  return parsed.descriptor;
}

describe('the Mermaid parser used by these tests', () => {
  it('rejects broken flowcharts, so a passing parse means something', async () => {
    await expect(parseMermaid('flowchart LR\n  a["x"] --> b[\n')).rejects.toThrow();
    await expect(parseMermaid('flowchart LR\n  a --> b\n  linkStyle 3 stroke:red\n')).rejects.toThrow();
  }, 60_000);
});

describe('renderNetworkGraph', () => {
  for (const name of EXAMPLES) {
    it(`${name}: Mermaid parses and DOT is well-formed, in both languages`, async () => {
      const descriptor = load(name);
      for (const lang of ['ja', 'en'] as const) {
        const report = evaluate(descriptor, { lang });
        const mermaid = renderNetworkGraph(descriptor, report, { format: 'mermaid' });
        await expect(parseMermaid(mermaid)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
        expect(dotProblems(renderNetworkGraph(descriptor, report, { format: 'dot' }))).toEqual([]);
      }
    }, 60_000); // mermaid and its DOM load slowly on a busy machine
  }

  it('marks the failing flows of the β example red and dashed, with the rule id, and nothing else', () => {
    const descriptor = load('three-layer-beta-no-edr');
    const report = evaluate(descriptor, { lang: 'en' });
    const lines = renderNetworkGraph(descriptor, report).split('\n');
    const edges = lines.filter((l) => /^ {2}\S+ (-->|-\.->|--x)\|/.test(l));
    expect(edges).toHaveLength(descriptor.localNetwork!.flows!.length);
    const failing = edges.flatMap((l, i) => (l.includes('-.->') ? [i] : []));
    expect(failing).toEqual([2]); // flows/2, mail-to-lgwan: TL-LG-02
    expect(edges[2]).toContain('NG TL-LG-02');
    expect(lines).toContain('  linkStyle 2 stroke:#d00000,stroke-width:3px,stroke-dasharray:6 4,color:#d00000');
    expect(lines.filter((l) => l.startsWith('  linkStyle'))).toHaveLength(1);
    expect(lines.find((l) => l.includes('(fileserver)'))).toContain('NG TL-BETA-02');
    expect(lines).toContain('  class sys_2,findings failing');
    expect(lines.find((l) => l.startsWith('  findings['))).toContain('NG TL-BETA-01');
  });

  it('the DOT picture marks the same flow and declares every endpoint', () => {
    const descriptor = load('three-layer-mynumber-internet');
    const dot = renderNetworkGraph(descriptor, evaluate(descriptor, { lang: 'ja' }), { format: 'dot' });
    const leak = dot.split('\n').find((l) => l.includes('税務システムの更新取得'));
    expect(leak).toMatch(/^ {2}seg_mynumber_use -> ext_internet \[.*NG TL-MN-01.*color="#d00000".*style=dashed/);
    expect(dot).toContain('term_0 [label="番号系端末 (mn-terminals)\\n[NG TL-MN-02]"');
    expect(dotProblems(dot)).toEqual([]);
    expect(dotProblems(dot.replace('ext_internet [label', 'ext_web [label'))).toContain('edge endpoint ext_internet is not declared');
  });

  it('without a report nothing is marked; labels with quotes and brackets cannot break the syntax', async () => {
    const descriptor = structuredClone(localGovernment);
    descriptor.localNetwork!.systems![0]!.name = 'a "quoted" <b>name</b> [x] {y} | z';
    descriptor.localNetwork!.flows![0]!.name = 'flow "1" --> end';
    const mermaid = renderNetworkGraph(descriptor);
    expect(mermaid).not.toMatch(/NG |linkStyle|class \w/);
    await expect(parseMermaid(mermaid)).resolves.toBeTruthy();
    expect(dotProblems(renderNetworkGraph(descriptor, undefined, { format: 'dot' }))).toEqual([]);
  }, 60_000);

  it('a system in two segments and a segment nobody declared still draw, and parse', async () => {
    const descriptor = structuredClone(localGovernment);
    descriptor.localNetwork!.systems![1]!.segments = ['lgwan_connected', 'internet_connected'];
    descriptor.localNetwork!.systems![1]!.boundaryRole = 'none';
    delete descriptor.localNetwork!.segments!.internet_connected;
    descriptor.localNetwork!.terminals![1]!.segments = [];
    const report = evaluate(descriptor, { asOf: '2025-06-01' });
    const mermaid = renderNetworkGraph(descriptor, report);
    expect(mermaid).toContain('+internet_connected [NG TL-SEG-02]');
    expect(mermaid).toContain('(not declared)');
    expect(mermaid).toContain('subgraph unplaced');
    await expect(parseMermaid(mermaid)).resolves.toBeTruthy();
    expect(dotProblems(renderNetworkGraph(descriptor, report, { format: 'dot' }))).toEqual([]);
  }, 60_000);

  it('a boundary device names its role; without a stated role the picture shows the finding as missing', () => {
    const descriptor = structuredClone(localGovernment);
    descriptor.localNetwork!.systems!.push({ id: 'sanitiser', name: '無害化サーバ', segments: ['lgwan_connected', 'internet_connected'], boundaryRole: 'sanitisation', mynumberSystem: false });
    descriptor.localNetwork!.systems!.push({ id: 'unknown', name: '中継サーバ', segments: ['lgwan_connected', 'internet_connected'], mynumberSystem: false });
    const mermaid = renderNetworkGraph(descriptor, evaluate(descriptor, { asOf: '2025-06-01', lang: 'en' }));
    expect(mermaid).toContain('sys_3["無害化サーバ (sanitiser) +internet_connected (boundary: sanitisation)"]');
    expect(mermaid).toContain('sys_4["中継サーバ (unknown) +internet_connected [? TL-SEG-02]"]');
    expect(mermaid).toContain('  class sys_4 missing');
    const dot = renderNetworkGraph(descriptor, evaluate(descriptor, { asOf: '2025-06-01', lang: 'ja' }), { format: 'dot' });
    expect(dot).toContain('sys_3 [label="無害化サーバ (sanitiser) +internet_connected (境界装置: 無害化)"');
  });

  it('a segment stated absent (null) is not drawn unless something still claims it, and then says so', () => {
    const descriptor = structuredClone(localGovernment);
    descriptor.localNetwork!.segments!.mynumber_use = null;
    const claimed = renderNetworkGraph(descriptor, evaluate(descriptor, { asOf: '2025-06-01' }));
    expect(claimed).toContain('subgraph seg_mynumber_use["My Number segment (stated absent)"]');
    expect(claimed).toContain('class seg_mynumber_use undeclared');
    const net = descriptor.localNetwork!;
    net.systems = net.systems!.filter((s) => !s.segments!.includes('mynumber_use'));
    net.terminals = net.terminals!.filter((s) => !s.segments!.includes('mynumber_use'));
    net.flows = net.flows!.filter((f) => f.from !== 'mynumber_use' && f.to !== 'mynumber_use');
    expect(renderNetworkGraph(descriptor)).not.toContain('seg_mynumber_use');
  });
});

describe('formatMarkdown', () => {
  it('embeds the Mermaid picture in a fenced block that parses, after the findings table', async () => {
    const descriptor = load('three-layer-beta-no-edr');
    const report = evaluate(descriptor, { lang: 'ja' });
    const graph = renderNetworkGraph(descriptor, report);
    const md = formatMarkdown(report, { graph });
    expect(md).toContain('判定: **不可**');
    expect(md).toMatch(/\| `\/localNetwork\/flows\/2` \| 指摘 \| 不適合 \| TL-LG-02 \|/);
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(md);
    expect(block?.[1]).toBe(graph.trimEnd());
    await expect(parseMermaid(block![1]!)).resolves.toBeTruthy();
    expect(md.indexOf('## 指摘')).toBeLessThan(md.indexOf('```mermaid'));
  }, 60_000);

  it('without a graph there is no Mermaid block; a passing report says nothing needs attention', () => {
    const report = evaluate(load('three-layer-alpha-pass'), { lang: 'en' });
    const md = formatMarkdown(report);
    expect(md).not.toContain('```mermaid');
    expect(md).toContain('Decision: **allow**');
    expect(md).toContain('Nothing needs attention.');
  });
});
