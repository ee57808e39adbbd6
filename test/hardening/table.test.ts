import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cli, expectRefused } from './cli-support.js';

// Issue 13's table, tried as a new user would: each row through `kanmon check` in-process, in
// English and Japanese. Every hostile or broken input gets exit 2, a located error in both
// languages and no stack trace; the 30,000-work-item descriptor gets its verdict. Huge inputs are
// built in memory. Nothing here measures time: the limits that bound time and memory are checked
// by what they answer (the fuzz campaign, `npm run fuzz`, tries the rest at random).

const example = readFileSync(new URL('../../docs/examples/national-compliant.yaml', import.meta.url), 'utf8');
const pack = readFileSync(new URL('../../docs/pack-examples/own-pack/2025-04.yaml', import.meta.url), 'utf8');
const exampleValue = parseYaml(example) as Record<string, unknown>;
/** A condition of the example pack that a rule reads (rule KAKU-IT-01's `when`). */
const WHEN = 'when: { fact: item, path: $.acceptanceTest, operator: exists, value: true }';

const check = (files: Record<string, string | Uint8Array>, ...policies: string[]) => [
  'check', ...policies.flatMap((p) => ['--policy', p]), 'd.yaml',
];

function withPolicy(edited: string): Record<string, string> {
  if (edited === pack) throw new Error('the edit did not apply');
  return { 'd.yaml': example, 'p.yaml': edited };
}

afterEach(() => vi.restoreAllMocks());

describe('issue 13, row by row', () => {
  it('kanmon check /dev/zero: refused at the size limit, before reading on', () => {
    const { en } = expectRefused(['check', '/dev/zero'], {}, { file: '/dev/zero', codes: ['too-large'], located: false });
    expect(en).toContain('5242880 bytes');
  });

  it('a JSON descriptor with 200,000 unknown keys (2.2 MB): the first 100 problems, located, then a count of the rest', () => {
    const value: Record<string, unknown> = { ...exampleValue };
    for (let i = 0; i < 200_000; i++) value[`k${i}`] = i;
    const text = JSON.stringify(value, null, 1);
    expect(text.length).toBeGreaterThan(2_200_000);
    const { en, ja } = expectRefused(['check', 'd.json'], { 'd.json': text }, { file: 'd.json', codes: ['unknown-property', 'more-problems'] });
    expect(en.match(/unknown-property/g)).toHaveLength(100);
    expect(en).toMatch(/and 199900 more problem/);
    expect(ja).toContain('199900');
    // Located through the line index: the first unknown key is on the line after the example's keys.
    expect(en).toContain(`d.json:${text.split('\n').findIndex((l) => l.startsWith(' "k0"')) + 1}:2  unknown-property  /k0 `);
  }, 600_000);

  it('a YAML alias cycle in a field a rule reads: alias-cycle at its line, not a stack overflow', () => {
    const text = example.replace(/^project:\n/m, 'project: &p\n  x-loop: *p\n');
    const { en } = expectRefused(['check', 'd.yaml'], { 'd.yaml': text }, { file: 'd.yaml', codes: ['alias-cycle'] });
    const line = text.split('\n').findIndex((l) => l.includes('*p')) + 1;
    expect(en).toContain(`d.yaml:${line}:11  alias-cycle  /project/x-loop `);
  });

  it('a valid descriptor with 30,000 work items gets its verdict', () => {
    const items = Array.from({ length: 30_000 }, (_, i) => ({ id: `item-${i}`, title: `作業 ${i}`, kind: i % 2 === 0 ? 'new_build' : 'renewal', affectsOperations: false, inProjectPlan: true }));
    const text = JSON.stringify({ ...exampleValue, workItems: items });
    const r = cli(['check', '--format', 'json', 'd.json'], { 'd.json': text });
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    expect(r.stdout).toMatch(/"decision": "(allow|deny)"/);
    // Rules for each work item judged every one of them.
    expect(r.stdout).toContain('"pointer": "/workItems/29999"');
  }, 600_000);

  it('a policy whose condition refers to itself through an alias: alias-cycle in the policy file, at its line', () => {
    const edited = pack.replace(WHEN, 'when: &w { all: [ *w ] }');
    const { en } = expectRefused(check({}, 'p.yaml'), withPolicy(edited), { file: 'p.yaml', codes: ['alias-cycle'] });
    const line = edited.split('\n').findIndex((l) => l.includes('*w')) + 1;
    expect(en).toContain(`p.yaml:${line}:`);
    // The pointer names the alias in the rule, not the file's root.
    expect(en).toMatch(new RegExp(`p\\.yaml:${line}:\\d+  alias-cycle  /rules/\\d+/when/all/0 `));
  });

  it.each([
    ['fact: constructor', WHEN.replace('fact: item', 'fact: constructor')],
    ['fact: __proto__', WHEN.replace('fact: item', 'fact: __proto__')],
    ['fact: toString', WHEN.replace('fact: item', 'fact: toString')],
    ['path $.__proto__', WHEN.replace('path: $.acceptanceTest', 'path: $.__proto__')],
    ['path $.plan.constructor', WHEN.replace('path: $.acceptanceTest', 'path: $.plan.constructor')],
  ])('a policy using %s: refused at load, so no rule can pass through it', (_, when) => {
    const edited = pack.replace(WHEN, when);
    const { en } = expectRefused(check({}, 'p.yaml'), withPolicy(edited), { file: 'p.yaml', codes: [] });
    expect(en).toMatch(/prototype-name|invalid-path/);
    const line = edited.split('\n').findIndex((l) => l.includes(when)) + 1;
    expect(en).toContain(`p.yaml:${line}:`);
  });

  it("a path under an x- key with brackets, $['x-a']['?(@.b==2)']: outside the path grammar, refused at load", () => {
    const edited = pack.replace(WHEN, `when: { fact: item, path: "$['x-a']['?(@.b==2)']", operator: exists, value: true }`);
    expectRefused(check({}, 'p.yaml'), withPolicy(edited), { file: 'p.yaml', codes: ['invalid-path'] });
  });

  it('two --policy files with the same pack and edition: duplicate-edition, whatever their order', () => {
    const files = { 'd.yaml': example, 'p.yaml': pack, 'q.yaml': pack };
    expect(expectRefused(check(files, 'p.yaml', 'q.yaml'), files, { file: 'q.yaml', codes: ['duplicate-edition'] }).en).toContain('p.yaml');
    expect(expectRefused(check(files, 'q.yaml', 'p.yaml'), files, { file: 'p.yaml', codes: ['duplicate-edition'] }).en).toContain('q.yaml');
  });

  it.each([
    ['an approver of one space', ' ', 'ok'],
    ['an approver of an ideographic space (U+3000)', '\u3000', 'ok'],
    ['a blank justification', '情報政策課長', ' \u3000\t'],
  ])('a waiver with %s: a schema error (blank) at its line', (_, approver, justification) => {
    const waiver = { ruleId: 'SG-PLAN-01', pointer: '/project', approver, justification: justification === 'ok' ? '予算要求前に理由を説明済み' : justification, expires: '2027-03-31' };
    const text = `${example}\nwaivers:\n  - ${JSON.stringify(waiver)}\n`;
    const { en } = expectRefused(['check', 'd.yaml'], { 'd.yaml': text }, { file: 'd.yaml', codes: ['blank'] });
    expect(en).toMatch(approver.trim() === '' ? /blank {2}\/waivers\/0\/approver/ : /blank {2}\/waivers\/0\/justification/);
  });

  const utf16 = (text: string, bom: boolean) => new Uint8Array(Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le'));
  it.each([
    ['UTF-16 with a byte-order mark', utf16(example, true), 'wrong-encoding', 'd.yaml:1:1'],
    ['UTF-16 without a mark', utf16(example, false), 'wrong-encoding', 'd.yaml:1:'],
    ['invalid UTF-8', new Uint8Array([...new TextEncoder().encode('schemaVersion: 1\nid: a'), 0xff, 0x0a]), 'invalid-utf8', 'd.yaml:2:6'],
    // "id: 申請" with 申請 in Shift_JIS (0x90 0x5C 0x90 0xBF).
    ['Shift_JIS', new Uint8Array([...new TextEncoder().encode('schemaVersion: 1\nid: '), 0x90, 0x5c, 0x90, 0xbf, 0x0a]), 'wrong-encoding', 'd.yaml:2:5'],
  ])('a file in %s: refused at the byte, nothing replaced', (_, bytes, code, place) => {
    const { en } = expectRefused(['check', 'd.yaml'], { 'd.yaml': bytes }, { file: 'd.yaml', codes: [code] });
    expect(en).toContain(place);
    expect(en).toMatch(/[Bb]yte \d+/);
  });

  it('nesting 5,000 deep, in JSON and in YAML: too-deep at the 101st level, not a stack overflow', () => {
    const json = `${JSON.stringify(exampleValue).slice(0, -1)},"x-deep":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expectRefused(['check', 'd.json'], { 'd.json': json }, { file: 'd.json', codes: ['too-deep'] });
    const yaml = `${example}x-deep: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const { en } = expectRefused(['check', 'd.yaml'], { 'd.yaml': yaml }, { file: 'd.yaml', codes: ['too-deep'] });
    expect(en).toContain(`d.yaml:${example.split('\n').length}:`);
  });

  it('an undefined alias and a complex mapping key: at their own line, with no warning from Node', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const lines = example.split('\n').length;
    const undefinedAlias = `${example}x-a: *nowhere\n`;
    expect(expectRefused(['check', 'd.yaml'], { 'd.yaml': undefinedAlias }, { file: 'd.yaml', codes: ['undefined-alias'] }).en).toContain(`d.yaml:${lines}:6`);
    const complexKey = `${example}? [a, b]\n: 1\n`;
    expect(expectRefused(['check', 'd.yaml'], { 'd.yaml': complexKey }, { file: 'd.yaml', codes: ['complex-key'] }).en).toContain(`d.yaml:${lines}:`);
    expect(warn).not.toHaveBeenCalled();
  });

  it('a descriptor with 1,000,000 problems: refused by the node limit in one line, not a million', () => {
    const text = JSON.stringify({ ...exampleValue, workItems: 'ITEMS' }).replace('"ITEMS"', `[${'1,'.repeat(999_999)}1]`);
    const { en } = expectRefused(['check', 'd.json'], { 'd.json': text }, { file: 'd.json', codes: ['too-many-nodes'] });
    expect(en.split('\n').length).toBeLessThan(5);
  });

  it('a descriptor with 200,000 problems within the limits: 100 listed, then one line counting the rest', () => {
    const text = JSON.stringify({ ...exampleValue, workItems: 'ITEMS' }).replace('"ITEMS"', `[${'1,'.repeat(199_999)}1]`);
    const { en, ja } = expectRefused(['check', 'd.json'], { 'd.json': text }, { file: 'd.json', codes: ['wrong-type', 'more-problems'] });
    expect(en.match(/wrong-type/g)).toHaveLength(100);
    expect(en).toMatch(/and 199900 more problem/);
    expect(ja).toContain('199900');
  }, 600_000);
});
