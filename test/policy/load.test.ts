import { describe, expect, it } from 'vitest';
import { compileEdition, loadEdition } from '../../src/policy/load.js';
import { KanmonError } from '../../src/diagnostics/diagnostic.js';
import { evaluate } from '../../src/evaluate.js';

const head = `schemaVersion: 1
pack: demo
edition: "2020-01"
title: {ja: デモ, en: Demo}
effective: {from: "2020-01-01"}
source: SG-2014-12
rules:
`;
const rule = (body: string, id = 'DEMO-01', extra = '') => `  - id: ${id}
    title: {ja: 題, en: Title}
    severity: error
    basis: primary
    source: SG-2014-12
    section: "1"
    message: {ja: 失敗, en: Failed}
    remediation: {ja: 直す, en: Fix it}
${extra}    check:
${body}`;
const leaf = (fact: string, path: string, operator: string, value: string) =>
  `      all:\n        - fact: ${fact}\n          path: ${path}\n          operator: ${operator}\n          value: ${value}\n`;

const codes = (text: string) => {
  const r = compileEdition(text, 'demo.yaml');
  return r.ok ? [] : r.diagnostics.map((e) => e.code);
};

describe('policy loader', () => {
  it('compiles a correct edition and hashes its text', () => {
    const r = compileEdition(head + rule(leaf('project', '$.plan.exists', 'equal', 'true')), 'demo.yaml');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.edition.rules[0]!.id).toBe('DEMO-01');
      expect(r.edition.hash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it.each([
    ['unknown-operator', leaf('project', '$.plan.exists', 'equals', 'true')],
    ['invalid-path', leaf('project', '$..plan[?(@.x)]', 'equal', 'true')],
    ['path-not-in-schema', leaf('project', '$.plan.exist', 'equal', 'true')],
    ['unknown-fact', leaf('projects', '$.plan.exists', 'equal', 'true')],
    ['unknown-fact', leaf('item', '$.id', 'equal', 'x')],
    ['value-mismatch', leaf('project', '$.runningSince', 'dateBefore', '"2019-02-30"')],
    ['value-mismatch', leaf('organisation', '$.kind', 'in', 'national_ministry')],
    ['value-not-in-enum', leaf('organisation', '$.kind', 'in', '[national_ministry, ministry]')],
    ['value-not-in-enum', leaf('project', '$.plan.exists', 'equal', '"yes"')],
    ['fact-type-mismatch', leaf('project', '$.name', 'dateBefore', '"2020-01-01"')],
    ['empty-group', '      all: []\n'],
    ['invalid-condition', '      all:\n        - fact: project\n          any: []\n'],
  ])('reports %s', (code, body) => {
    expect(codes(head + rule(body))).toContain(code);
  });

  it('reports duplicate rule ids, bad exemptions, bad forEach and bad placeholders', () => {
    const ok = leaf('project', '$.plan.exists', 'equal', 'true');
    expect(codes(head + rule(ok) + rule(ok))).toContain('duplicate-rule-id');
    expect(codes(head + rule(ok, 'DEMO-01', '    exemptedBy: [DEMO-99]\n'))).toContain('unknown-rule-reference');
    expect(codes(head + rule(ok, 'DEMO-01', '    exemptedBy: [DEMO-01]\n'))).toContain('invalid-exemption');
    expect(codes(head + rule(ok, 'DEMO-01', '    forEach: $.project\n'))).toContain('invalid-for-each');
    expect(codes(head + rule(ok).replace('en: Failed', 'en: "Failed {project.nmae}"'))).toContain('unknown-placeholder');
    expect(codes(head + rule(ok).replace('en: Failed', 'en: "Failed {project.name|project.nmae}"'))).toContain('unknown-placeholder');
    expect(codes(head + rule(ok).replace('en: Failed', 'en: "Failed {project.name|id}"'))).not.toContain('unknown-placeholder');
  });

  it('refuses an inverted effective range, for an edition or a rule', () => {
    const ok = leaf('project', '$.plan.exists', 'equal', 'true');
    expect(codes(head.replace('{from: "2020-01-01"}', '{from: "2020-01-01", until: "2019-01-01"}') + rule(ok))).toContain('invalid-effective-range');
    expect(codes(head + rule(ok, 'DEMO-01', '    effective: {from: "2021-01-01", until: "2020-06-30"}\n'))).toContain('invalid-effective-range');
  });

  const located = (text: string) => {
    const r = compileEdition(text, 'demo.yaml');
    return r.ok ? [] : r.diagnostics.map((e) => ({ code: e.code, pointer: e.pointer, line: e.line, column: e.column }));
  };
  const ok = leaf('project', '$.plan.exists', 'equal', 'true');

  it.each([
    ['audit', 'error', false], ['audit', 'warning', true], ['study', 'error', false], ['study', 'warning', true],
    ['secondary', 'error', false], ['secondary', 'warning', true], ['unverified', 'warning', false], ['unverified', 'info', true], ['primary', 'error', true],
  ])('a rule on a %s basis may%s be %s', (basis, severity, allowed) => {
    const text = head + rule(ok).replace('basis: primary', `basis: ${basis}`).replace('severity: error', `severity: ${severity}`).replace('source: SG-2014-12\n    section', 'source: BOA-2019-SECUREZONE\n    section');
    expect(located(text)).toEqual(allowed ? [] : [{ code: 'severity-above-basis', pointer: '/rules/0/severity', line: 10, column: 15 }]);
  });

  it('an audit finding adopted by a primary text (cited in seeAlso) may be an error', () => {
    const text = head + rule(ok, 'DEMO-01', '    seeAlso: [{source: SG-2020-03, section: "第3編"}]\n').replace('basis: primary', 'basis: audit').replace('source: SG-2014-12\n    section', 'source: BOA-2019-SECUREZONE\n    section');
    expect(located(text)).toEqual([]);
    expect(located(text.replace('source: SG-2020-03', 'source: OSAKA-NW-CONTINUITY')).map((e) => e.code)).toEqual(['severity-above-basis']);
  });

  it('an unknown source id, for the edition or a rule or a seeAlso, is refused at its line', () => {
    expect(located(head.replace('source: SG-2014-12', 'source: NO-SUCH') + rule(ok))).toEqual([{ code: 'unknown-source', pointer: '/source', line: 6, column: 9 }]);
    expect(located(head + rule(ok).replace('source: SG-2014-12', 'source: SG-2014-13'))).toEqual([{ code: 'unknown-source', pointer: '/rules/0/source', line: 12, column: 13 }]);
    expect(located(head + rule(ok, 'DEMO-01', '    seeAlso: [{source: NOPE, section: "1"}]\n')).map((e) => e.pointer)).toEqual(['/rules/0/seeAlso/0/source']);
  });

  it("an edition's own sources can be cited, but may not repeat a bundled id", () => {
    const own = 'sources: [{id: CITY-MANUAL-2024, kind: primary, title: {ja: 手引, en: Manual}, issuer: {ja: 市, en: City}, date: "2024-04"}]\n';
    expect(located(head.replace('rules:\n', own + 'rules:\n') + rule(ok).replace('source: SG-2014-12', 'source: CITY-MANUAL-2024'))).toEqual([]);
    expect(located(head.replace('rules:\n', own.replace('CITY-MANUAL-2024', 'SG-2014-12') + 'rules:\n') + rule(ok)).map((e) => e.code)).toEqual(['duplicate-source']);
  });

  it('an act date must be a date field of the descriptor or of the item', () => {
    const forEach = '    forEach: $.workItems\n';
    const check = leaf('item', '$.inProjectPlan', 'equal', 'true');
    expect(located(head + rule(check, 'DEMO-01', `${forEach}    actDate: {fact: item, path: $.startedOn}\n`))).toEqual([]);
    expect(located(head + rule(check, 'DEMO-01', `${forEach}    actDate: {fact: item, path: $.title}\n`)).map((e) => e.code)).toEqual(['invalid-act-date']);
    expect(located(head + rule(check, 'DEMO-01', `${forEach}    actDate: {fact: item, path: $.startedAt}\n`)).map((e) => e.code)).toEqual(['path-not-in-schema']);
  });

  it('paths are a closed grammar: no quoted keys, no Object.prototype names, facts neither', () => {
    expect(codes(head + rule(leaf('project', "$['plan'].exists", 'equal', 'true')))).toEqual(['invalid-path']);
    expect(codes(head + rule(leaf('project', '$.constructor', 'exists', 'false')))).toEqual(['invalid-path']);
    expect(codes(head + rule(leaf('project', '$.plan.__proto__', 'exists', 'false')))).toEqual(['invalid-path']);
    expect(codes(head + rule(leaf('constructor', '$', 'exists', 'false')))).toEqual(['prototype-name']);
    expect(codes(head + rule(leaf('toString', '$.x', 'exists', 'false')))).toEqual(['prototype-name']);
  });

  it('a rule reads an x- extension key only where its pack declares the key\'s schema', () => {
    const body = leaf('project', '$.x-budgetCode', 'equal', '"A1"');
    expect(codes(head + rule(body))).toEqual(['path-not-in-schema']);
    const declared = head.replace('rules:\n', 'descriptorExtensions: {x-budgetCode: {type: string}}\nrules:\n');
    expect(codes(declared + rule(body))).toEqual([]);
    expect(codes(declared + rule(leaf('project', '$.x-budgetCode', 'numberAtLeast', '1')))).toEqual(['fact-type-mismatch']);
  });

  it('ifAbsent compiles onto its comparison', () => {
    const r = compileEdition(head + rule('      fact: project\n      path: $.plan.exists\n      operator: equal\n      value: true\n      ifAbsent: false\n'), 'demo.yaml');
    expect(r.ok && r.edition.rules[0]!.check).toMatchObject({ kind: 'leaf', ifAbsent: false });
  });

  it('maps schema problems to codes with line and column (unknown rule keys, missing fields)', () => {
    const r = compileEdition(head + rule(leaf('project', '$.plan.exists', 'equal', 'true')).replace('severity: error', 'severity: error\n    sevrity: warning'), 'demo.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]).toMatchObject({ code: 'unknown-property', pointer: '/rules/0/sevrity', file: 'demo.yaml', line: 11, column: 5 });
  });

  it('gives every problem at once, each located in the file', () => {
    const text = head + rule(leaf('project', '$.plan.exist', 'equals', 'true')) + rule(leaf('organisation', '$.kind', 'equal', 'ministry'), 'DEMO-02');
    const r = compileEdition(text, 'demo.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.diagnostics.map((e) => e.code).sort()).toEqual(['path-not-in-schema', 'unknown-operator', 'value-not-in-enum']);
      for (const e of r.diagnostics) {
        expect(e.file).toBe('demo.yaml');
        expect(e.line).toBeGreaterThan(7);
        expect(e.message.ja.length * e.message.en.length).toBeGreaterThan(0);
      }
    }
    expect(() => loadEdition(text, 'demo.yaml')).toThrow(KanmonError);
  });

  it('reports malformed YAML as a syntax problem with a position', () => {
    expect(compileEdition('pack: [unclosed\n', 'x.yaml')).toMatchObject({ ok: false, diagnostics: [expect.objectContaining({ code: 'syntax', file: 'x.yaml' })] });
  });
});

describe('regressions', () => {
  it('a count over an array of enumerated values is not checked against the enum', () => {
    const text = head + rule('      all:\n        - fact: localNetwork\n          path: $.systems[0].segments\n          operator: countEquals\n          value: 1\n');
    expect(codes(text)).toEqual([]);
  });

  it('a fact reference may scale a number (times), and must lead to a value the operator compares', () => {
    const scaled = '      fact: costs\n      path: $[0].amountJpy\n      operator: numberAtMost\n      value: {fact: costs, path: "$[1].amountJpy", times: 0.7}\n';
    expect(codes(head + rule(scaled))).toEqual([]);
    expect(codes(head + rule(scaled.replace('numberAtMost', 'equal')))).toEqual(['value-mismatch']);
    expect(codes(head + rule(scaled.replace('$[1].amountJpy", times: 0.7', '$[1].category"')))).toEqual(['fact-type-mismatch']);
    expect(codes(head + rule(scaled.replace('times: 0.7', 'times: -1')))).not.toEqual([]);
  });
});

describe('placeholder alternatives', () => {
  it('{a|b} shows the first value the descriptor has, and — when it has none', () => {
    const text = head + rule(leaf('item', '$.inProjectPlan', 'equal', 'true'), 'DEMO-01', '    forEach: $.workItems\n')
      .replace('en: Failed', 'en: "Not planned: {item.title|item.id}; decided {item.decidedOn|item.startedOn}"');
    const r = compileEdition(text, 'demo.yaml');
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const descriptor: unknown = {
      schemaVersion: 1, id: 'p', organisation: { kind: 'national_ministry', name: 'x' }, project: { name: 'p' },
      workItems: [
        { id: 'w1', title: 'First', kind: 'modification', inProjectPlan: false, decidedOn: '2020-02-01' },
        { id: 'w2', kind: 'modification', inProjectPlan: false },
      ],
    };
    const report = evaluate(descriptor, { asOf: '2020-06-01', lang: 'en', policies: [r.edition], packs: ['demo'] });
    expect(report.findings.filter((f) => f.ruleId === 'DEMO-01').map((f) => f.message)).toEqual([
      'Not planned: First; decided 2020-02-01',
      'Not planned: w2; decided —',
    ]);
  });
});
