import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { evaluate } from '../../src/evaluate.js';
import { localGovernment } from '../fixtures/local-government.js';
import { parseMermaid } from '../graph/mermaid-parse.js';

/** Run the CLI on repository files; returns exit status and output. */
function cli(argv: string[], files: Record<string, string> = {}): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = run(argv, {
    stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; },
    readFile: (p) => files[p] ?? readFileSync(p, 'utf8'),
    env: { LANG: 'C' }, now: () => Date.parse('2025-06-01T03:00:00Z'),
  });
  return { status, stdout, stderr };
}

/** 1-based line:column where `needle` starts in a file (how the report places a finding). */
function placeOf(file: string, needle: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  expect(line, `${needle} in ${file}`).toBeGreaterThanOrEqual(0);
  return `${file}:${line + 1}:${lines[line]!.indexOf(needle) + 1}`;
}

describe('three-layer worked examples through kanmon check', () => {
  it('docs/examples/three-layer-alpha-pass.yaml is allowed (exit 0) with every three-layer finding passing or not applicable', () => {
    const file = 'docs/examples/three-layer-alpha-pass.yaml';
    const { status, stdout } = cli(['check', file, '--format', 'json']);
    expect(status).toBe(0);
    const report = (JSON.parse(stdout) as { results: { report: ReturnType<typeof evaluate> }[] }).results[0]!.report;
    const tl = report.findings.filter((f) => f.pack === 'three-layer');
    expect(tl.filter((f) => f.status === 'pass').length).toBeGreaterThan(10);
    // Nothing fails or is missing at any severity, in any pack: with `cloudServices: []` stated,
    // the ISMAP recommendation (TL-CLD-01) is not applicable instead of missing.
    expect(report.findings.filter((f) => f.status !== 'pass' && f.status !== 'not_applicable')).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId === 'TL-CLD-01').map((f) => [f.status, f.pointer])).toEqual([['not_applicable', '/cloudServices']]);
    expect(cli(['check', file, '--fail-on', 'info']).status).toBe(0);
  });

  it('docs/examples/three-layer-beta-no-edr.yaml is denied (exit 1): the failing flow, system and measures are named by pointer and line', () => {
    const file = 'docs/examples/three-layer-beta-no-edr.yaml';
    const { status, stdout } = cli(['check', file]);
    expect(status).toBe(1);
    expect(stdout).toContain(`${placeOf(file, '{ id: mail-to-lgwan')}  error  fail  TL-LG-02  /localNetwork/flows/2`);
    expect(stdout).toContain(`${placeOf(file, '{ id: fileserver')}  error  fail  TL-BETA-02  /localNetwork/systems/2`);
    expect(stdout).toContain(`${placeOf(file, 'false, edr: false')}  error  fail  TL-BETA-01  /localNetwork/betaMeasures/incidentResponse`);
    expect(stdout.match(/ fail {2}TL-/g)).toHaveLength(3);
    expect(stdout.match(/ (fail|missing) {2}/g)).toHaveLength(3); // nothing else, in any pack
  });

  it('docs/examples/three-layer-mynumber-internet.yaml is denied (exit 1): the My Number → internet flow and the terminal group are named', () => {
    const file = 'docs/examples/three-layer-mynumber-internet.yaml';
    const { status, stdout } = cli(['check', file, '--lang', 'ja']);
    expect(status).toBe(1);
    expect(stdout).toContain(`${placeOf(file, '{ id: tax-updates')}  指摘  不適合  TL-MN-01  /localNetwork/flows/0`);
    expect(stdout).toContain(`${placeOf(file, '{ id: mn-terminals')}  指摘  不適合  TL-MN-02  /localNetwork/terminals/0`);
    expect(stdout).toContain('通信経路「tax-updates」');
    expect(stdout.match(/ (不適合|情報不足) {2}/g)).toHaveLength(2); // nothing else, in any pack
  });
});

describe('kanmon graph', () => {
  it('on the β example prints Mermaid that parses and marks the failing flow', async () => {
    const { status, stdout, stderr } = cli(['graph', 'docs/examples/three-layer-beta-no-edr.yaml']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    await expect(parseMermaid(stdout)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
    expect(stdout).toMatch(/seg_internet_connected -\.->\|"メールの転送: direct \[NG TL-LG-02\]"\| seg_lgwan_connected/);
    expect(stdout).toContain('linkStyle 2 stroke:#d00000');
  });

  it('--format dot prints Graphviz; --lang ja labels in Japanese; --as-of picks the edition', () => {
    const dot = cli(['graph', 'docs/examples/three-layer-mynumber-internet.yaml', '--format', 'dot', '--lang', 'ja']);
    expect(dot.status).toBe(0);
    expect(dot.stdout).toMatch(/^digraph network \{/);
    expect(dot.stdout).toContain('label="税務システムの更新取得: 直接\\n[NG TL-MN-01]"');
    // Under the 2015-11 edition β is not allowed: the whole-network finding box says so.
    const old = cli(['graph', 'docs/examples/three-layer-beta-no-edr.yaml', '--as-of', '2016-04-01', '--lang', 'en']);
    expect(old.stdout).toContain('NG TL-MOD-01');
  });

  it('bad input exits 2 with the same problem listing as check; a descriptor without a network exits 2', () => {
    const bad = { 'bad.yaml': 'schemaVersion: 1\nid: x\norganisation: { kind: municipality, name: 町 }\nlocalNetwork: { model: gamma }\n' };
    const graph = cli(['graph', 'bad.yaml'], bad);
    const check = cli(['check', 'bad.yaml'], bad);
    expect(graph.status).toBe(2);
    expect(graph.stdout).toBe('');
    expect(graph.stderr).toBe(check.stderr);
    expect(cli(['graph', 'docs/examples/national-compliant.yaml']).status).toBe(2);
    expect(cli(['graph', 'missing.yaml']).status).toBe(2);
    expect(cli(['graph', 'docs/examples/three-layer-beta-no-edr.yaml', '--format', 'svg']).status).toBe(2);
    expect(cli(['graph']).status).toBe(2);
  });
});

describe('kanmon check --format markdown', () => {
  it('renders the report as Markdown and embeds the network picture', async () => {
    const { status, stdout } = cli(['check', 'docs/examples/three-layer-beta-no-edr.yaml', '--format', 'markdown']);
    expect(status).toBe(1);
    expect(stdout).toContain('# kanmon: docs/examples/three-layer-beta-no-edr.yaml');
    expect(stdout).toContain('| TL-LG-02 |');
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(stdout)![1]!;
    await expect(parseMermaid(block)).resolves.toBeTruthy();
  });

  it('is refused for packs (gate has its own Markdown: the blocking findings and the waiver stanza)', () => {
    expect(cli(['packs', '--format', 'markdown']).status).toBe(2);
    expect(cli(['gate', 'docs/examples/three-layer-beta-no-edr.yaml', '--format', 'markdown']).stdout).toContain('# kanmon gate: docs/examples/three-layer-beta-no-edr.yaml');
  });
});

describe('pack scope and editions', () => {
  it('a national ministry: the pack does not apply, and the report says why', () => {
    const descriptor = structuredClone(localGovernment);
    descriptor.organisation = { kind: 'national_ministry', name: '架空省' };
    const report = evaluate(descriptor, { asOf: '2025-06-01', packs: ['three-layer'], lang: 'ja' });
    const pack = report.packs.find((p) => p.pack === 'three-layer')!;
    expect(pack.applicable).toBe(false);
    expect(pack.reason).toContain('地方公共団体');
    expect(report.findings.every((f) => f.status === 'not_applicable' && f.reason === pack.reason)).toBe(true);
  });

  it('β under the 2015-11 edition fails TL-MOD-01 with a message naming the edition; under 2020-12 it is allowed', () => {
    const descriptor = structuredClone(localGovernment);
    descriptor.localNetwork!.model = 'beta';
    const old = evaluate(descriptor, { asOf: '2019-04-01', packs: ['three-layer'], lang: 'en' });
    const mod = old.findings.find((f) => f.ruleId === 'TL-MOD-01')!;
    expect(old.packs[0]!.edition).toBe('2015-11');
    expect(mod.status).toBe('fail');
    expect(mod.message).toContain('2015-11 edition');
    const revised = evaluate(descriptor, { asOf: '2021-04-01', packs: ['three-layer'] });
    expect(revised.packs[0]!.edition).toBe('2020-12');
    expect(revised.findings.find((f) => f.ruleId === 'TL-MOD-01')!.status).toBe('pass');
  });

  it('the edition in force follows the dates: 2020-12-27 is still 2015-11, 2024-10-01 is 2024-10', () => {
    const at = (asOf: string) => evaluate(localGovernment, { asOf, packs: ['three-layer'] }).packs[0]!.edition;
    expect(at('2020-12-27')).toBe('2015-11');
    expect(at('2020-12-28')).toBe('2020-12');
    expect(at('2022-03-01')).toBe('2022-03');
    expect(at('2024-06-01')).toBe('2024-06');
    expect(at('2024-10-01')).toBe('2024-10');
    expect(at('2015-11-23')).toBe(null);
  });
});
