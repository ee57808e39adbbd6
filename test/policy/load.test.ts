import { describe, expect, it } from 'vitest';
import { compileEdition, loadEdition } from '../../src/policy/load.js';
import { PolicyLoadError } from '../../src/policy/errors.js';

const head = `schemaVersion: 1
pack: demo
edition: "2020-01"
title: {ja: デモ, en: Demo}
effective: {from: "2020-01-01"}
source: {title: t, issuer: i, date: "2020-01"}
rules:
`;
const rule = (body: string, id = 'DEMO-01', extra = '') => `  - id: ${id}
    title: {ja: 題, en: Title}
    severity: error
    basis: seed
    citation: seed 000
    message: {ja: 失敗, en: Failed}
    remediation: {ja: 直す, en: Fix it}
${extra}    check:
${body}`;
const leaf = (fact: string, path: string, operator: string, value: string) =>
  `      all:\n        - fact: ${fact}\n          path: ${path}\n          operator: ${operator}\n          value: ${value}\n`;

const codes = (text: string) => {
  const r = compileEdition(text, 'demo.yaml');
  return r.ok ? [] : r.errors.map((e) => e.code);
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
  });

  it('refuses an unverified rule above warning, and an inverted effective range', () => {
    expect(codes(head + rule(leaf('project', '$.plan.exists', 'equal', 'true')).replace('basis: seed', 'basis: unverified'))).toContain('unverified-severity');
    expect(codes(head.replace('{from: "2020-01-01"}', '{from: "2020-01-01", until: "2019-01-01"}') + rule(leaf('project', '$.plan.exists', 'equal', 'true')))).toContain('invalid-effective-range');
  });

  it('maps schema problems to codes with line and column (unknown rule keys, missing fields)', () => {
    const r = compileEdition(head + rule(leaf('project', '$.plan.exists', 'equal', 'true')).replace('severity: error', 'severity: error\n    sevrity: warning'), 'demo.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ code: 'unknown-property', pointer: '/rules/0/sevrity', file: 'demo.yaml', line: 11, column: 5 });
  });

  it('gives every problem at once, each located in the file', () => {
    const text = head + rule(leaf('project', '$.plan.exist', 'equals', 'true')) + rule(leaf('organisation', '$.kind', 'equal', 'ministry'), 'DEMO-02');
    const r = compileEdition(text, 'demo.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.code).sort()).toEqual(['path-not-in-schema', 'unknown-operator', 'value-not-in-enum']);
      for (const e of r.errors) {
        expect(e.file).toBe('demo.yaml');
        expect(e.line).toBeGreaterThan(7);
        expect(e.message.ja.length * e.message.en.length).toBeGreaterThan(0);
      }
    }
    expect(() => loadEdition(text, 'demo.yaml')).toThrow(PolicyLoadError);
  });

  it('reports malformed YAML as a syntax problem with a position', () => {
    expect(compileEdition('pack: [unclosed\n', 'x.yaml')).toMatchObject({ ok: false, errors: [expect.objectContaining({ code: 'syntax', file: 'x.yaml' })] });
  });
});

describe('regressions', () => {
  it('a count over an array of enumerated values is not checked against the enum', () => {
    const text = head + rule('      all:\n        - fact: localNetwork\n          path: $.systems[0].segments\n          operator: countEquals\n          value: 1\n');
    expect(codes(text)).toEqual([]);
  });
});
