import { describe, expect, it } from 'vitest';
import { bundledEditions } from '../../src/policy/bundled.js';
import { compileEdition, compileEditions } from '../../src/policy/load.js';
import type { Diagnostic as PolicyError } from '../../src/diagnostics/diagnostic.js';

// Editions written as differences: `extends`, replace / remove / rules by id, and named conditions.

const rule = (id: string, check: string, extra = ''): string => `  - id: ${id}
    title: {ja: 題, en: Title ${id}}
    severity: error
    basis: primary
    source: SG-2014-12
    section: "c"
    message: {ja: 失敗, en: Failed}
    remediation: {ja: 直す, en: Fix it}
${extra}    check: ${check}
`;
const PLAN = '{fact: project, path: $.plan.exists, operator: equal, value: true}';
const NAME = '{fact: project, path: $.name, operator: exists, value: true}';
const GOALS = '{fact: project, path: $.plan.quantitativeGoals, operator: equal, value: true}';

/** An edition's head; `extends` (when given) is on line 4, its value at column 10. */
const head = (edition: string, from: string, base?: string, pack = 'demo'): string => `schemaVersion: 1
pack: ${pack}
edition: "${edition}"
${base !== undefined ? `extends: "${base}"\n` : ''}title: {ja: 版, en: Edition ${edition}}
effective: {from: "${from}"}
source: SG-2014-12
`;

const BASE = `${head('2020-01', '2020-01-01')}definitions:
  plan-exists: ${PLAN}
rules:
${rule('DEMO-01', '{condition: plan-exists}')}${rule('DEMO-02', NAME)}${rule('DEMO-03', GOALS)}`;
const base = { file: 'base.yaml', text: BASE };
const next = (body: string, from = '2021-01-01', extendsRef = '2020-01') => ({ file: 'next.yaml', text: head('2021-01', from, extendsRef) + body });

const load = (...sources: { file: string; text: string }[]) => {
  const result = compileEditions(sources);
  if (!result.ok) throw new Error(result.diagnostics.map((e) => `${e.file}:${e.line}:${e.column} ${e.code} ${e.message.en}`).join('\n'));
  return result.editions;
};
const errors = (...sources: { file: string; text: string }[]): PolicyError[] => {
  const result = compileEditions(sources);
  return result.ok ? [] : result.diagnostics;
};
const place = (e: PolicyError) => ({ code: e.code, file: e.file, pointer: e.pointer, line: e.line, column: e.column });

describe('editions that extend an earlier edition', () => {
  it("resolve to the base's rules in order, replaced ones in place, removed ones dropped, added ones appended", () => {
    const [first, second] = load(base, next(`replace:
${rule('DEMO-02', NAME).replace('severity: error', 'severity: warning')}remove:
  - {id: DEMO-01, reason: {ja: 不要になった, en: No longer needed}}
rules:
${rule('DEMO-04', PLAN)}`));
    expect(first!.rules.map((r) => r.id)).toEqual(['DEMO-01', 'DEMO-02', 'DEMO-03']);
    expect(second!.rules.map((r) => [r.id, r.severity])).toEqual([['DEMO-02', 'warning'], ['DEMO-03', 'error'], ['DEMO-04', 'error']]);
    expect(second!.rules[1]).toEqual(first!.rules[2]);
    expect(second!.title.en).toBe('Edition 2021-01');
  });

  it('inherit appliesTo and its note unless they state their own', () => {
    const applies = 'appliesTo: {fact: organisation, path: $.kind, operator: equal, value: municipality}\nappliesToNote: {ja: 市町村, en: Municipalities}\n';
    const withScope = { file: 'base.yaml', text: BASE.replace('definitions:', `${applies}definitions:`) };
    const [first, inherits] = load(withScope, next(''));
    expect(inherits!.appliesTo).toEqual(first!.appliesTo);
    expect(inherits!.appliesToNote).toEqual({ ja: '市町村', en: 'Municipalities' });
    const [, own] = load(withScope, next('appliesTo: {fact: organisation, path: $.kind, operator: equal, value: prefecture}\n'));
    expect(own!.appliesTo).not.toEqual(first!.appliesTo);
    expect(own!.appliesToNote).toEqual({ ja: '市町村', en: 'Municipalities' });
  });

  it('may extend an edition loaded after it, and chains resolve through every step', () => {
    const third = { file: 'third.yaml', text: head('2022-01', '2022-01-01', '2021-01') + `remove:\n  - {id: DEMO-03, reason: {ja: 理由, en: Reason}}\n` };
    const editions = load(third, next(`rules:\n${rule('DEMO-04', PLAN)}`), base);
    expect(editions.map((e) => e.edition)).toEqual(['2022-01', '2021-01', '2020-01']);
    expect(editions[0]!.rules.map((r) => r.id)).toEqual(['DEMO-01', 'DEMO-02', 'DEMO-04']);
  });

  it('compile a reference to a definition to the tree written out, and hash the same however the edition is spelt or ordered', () => {
    const written = { file: 'written.yaml', text: head('2020-01', '2020-01-01') + `rules:\n${rule('DEMO-01', PLAN)}${rule('DEMO-02', NAME)}${rule('DEMO-03', GOALS)}` };
    const [viaDefinitions] = load(base);
    const [writtenOut] = load(written);
    expect(viaDefinitions!.rules).toEqual(writtenOut!.rules);
    expect(viaDefinitions!.hash).toBe(writtenOut!.hash);

    // The same full edition, once as a difference and once written out with other formatting and key order.
    const [, asDifference] = load(base, next(`remove:\n  - {id: DEMO-02, reason: {ja: 理由, en: Reason}}\n`));
    const full = head('2021-01', '2021-01-01') + `rules:\n${rule('DEMO-01', `\n      value: true\n      operator: equal\n      path: $.plan.exists\n      fact: project`)}${rule('DEMO-03', GOALS)}`;
    const [standalone] = load({ file: 'full.yaml', text: full });
    expect(standalone!.rules).toEqual(asDifference!.rules);
    expect(standalone!.hash).toBe(asDifference!.hash);
    const [reordered] = load({ file: 'full.yaml', text: head('2021-01', '2021-01-01') + `rules:\n${rule('DEMO-03', GOALS)}${rule('DEMO-01', PLAN)}` });
    expect(reordered!.hash).toBe(asDifference!.hash);
    const [changed] = load({ file: 'full.yaml', text: full.replace('value: true', 'value: false') });
    expect(changed!.hash).not.toBe(asDifference!.hash);
  });

  it('can use the definitions of their base and add their own', () => {
    const [, second] = load(base, next(`definitions:\n  has-goals: ${GOALS}\nrules:\n${rule('DEMO-04', '{all: [{condition: plan-exists}, {condition: has-goals}]}')}`));
    const added = second!.rules.find((r) => r.id === 'DEMO-04')!;
    expect(added.check).toMatchObject({ kind: 'all', children: [{ kind: 'leaf', path: '$.plan.exists' }, { kind: 'leaf', path: '$.plan.quantitativeGoals' }] });
  });

  it('as one self-contained file may use definitions through compileEdition', () => {
    const r = compileEdition(BASE, 'base.yaml');
    expect(r.ok && r.edition.rules[0]!.check).toMatchObject({ kind: 'leaf', path: '$.plan.exists', value: true });
  });

  it('may extend a bundled edition when the bundled editions are loaded too', () => {
    const draft = { file: 'draft.yaml', text: head('2099-01', '2099-01-01', '2021-09', 'standard-guideline') + `remove:\n  - {id: SG-ODB-01, reason: {ja: 理由, en: Reason}}\n` };
    const result = compileEditions([draft], { bundled: true });
    const bundled = bundledEditions().find((e) => e.pack === 'standard-guideline' && e.edition === '2021-09')!;
    expect(result.ok && result.editions.map((e) => [e.pack, e.edition])).toEqual([['standard-guideline', '2099-01']]);
    expect(result.ok && result.editions[0]!.rules.map((r) => r.id)).toEqual(bundled.rules.map((r) => r.id).filter((id) => id !== 'SG-ODB-01'));
    expect(compileEditions([draft])).toMatchObject({ ok: false, diagnostics: [{ code: 'unknown-base-edition' }] });
  });
});

describe('load errors of editions written as differences, each located', () => {
  it('an extends cycle, including an edition that extends itself', () => {
    const a = { file: 'a.yaml', text: head('2020-01', '2020-01-01', '2021-01') + `rules:\n${rule('DEMO-01', PLAN)}` };
    const b = { file: 'b.yaml', text: head('2021-01', '2021-01-01', '2020-01') + `rules:\n${rule('DEMO-02', PLAN)}` };
    expect(errors(a, b).map(place)).toContainEqual({ code: 'extends-cycle', file: 'b.yaml', pointer: '/extends', line: 4, column: 10 });
    const self = errors({ file: 'self.yaml', text: head('2020-01', '2020-01-01', '2020-01') + `rules:\n${rule('DEMO-01', PLAN)}` });
    expect(self.map(place)).toEqual([{ code: 'extends-cycle', file: 'self.yaml', pointer: '/extends', line: 4, column: 10 }]);
    expect(self[0]!.message.en).toContain('2020-01 → 2020-01');
  });

  it('an extends naming an edition that is not loaded says which editions of the pack are', () => {
    const found = errors(base, next('', '2021-01-01', '2019-01'));
    expect(found.map(place)).toEqual([{ code: 'unknown-base-edition', file: 'next.yaml', pointer: '/extends', line: 4, column: 10 }]);
    expect(found[0]!.message.en).toContain('Loaded editions of demo: 2020-01');
    expect(found[0]!.message.ja).toContain('2020-01');
    expect(compileEdition(next('').text, 'next.yaml')).toMatchObject({ ok: false, diagnostics: [{ code: 'unknown-base-edition', line: 4, column: 10 }] });
  });

  it('an extends to an edition of another pack', () => {
    const other = { file: 'other.yaml', text: BASE.replace('pack: demo', 'pack: other') };
    expect(errors(base, other, next('', '2021-01-01', 'other@2020-01')).map(place)).toEqual([{ code: 'base-in-other-pack', file: 'next.yaml', pointer: '/extends', line: 4, column: 10 }]);
  });

  it('a base edition that does not take effect before the extending one', () => {
    expect(errors(base, next('', '2019-12-31')).map(place)).toEqual([{ code: 'base-not-earlier', file: 'next.yaml', pointer: '/extends', line: 4, column: 10 }]);
    // The same day is first of all two editions in force from one date.
    expect(errors(base, next('', '2020-01-01')).map((e) => e.code)).toEqual(['same-start-date']);
  });

  it('replace or remove of an id the base does not have, and rules adding an id it has', () => {
    const found = errors(base, next(`replace:\n${rule('DEMO-09', PLAN)}remove:\n  - {id: DEMO-08, reason: {ja: 理由, en: Reason}}\nrules:\n${rule('DEMO-03', PLAN)}`));
    expect(found.map(place)).toEqual([
      { code: 'remove-unknown-rule', file: 'next.yaml', pointer: '/remove/0/id', line: 19, column: 10 },
      { code: 'replace-unknown-rule', file: 'next.yaml', pointer: '/replace/0/id', line: 9, column: 9 },
      { code: 'rule-already-in-base', file: 'next.yaml', pointer: '/rules/0/id', line: 21, column: 9 },
    ]);
    expect(found[2]!.message.en).toContain('use replace');
  });

  it('replace and remove without a base, and one id both replaced and removed', () => {
    const alone = { file: 'alone.yaml', text: head('2020-01', '2020-01-01') + `rules:\n${rule('DEMO-01', PLAN)}replace:\n${rule('DEMO-01', NAME)}` };
    expect(errors(alone).map((e) => [e.code, e.message.en])).toEqual([['replace-unknown-rule', 'replace works only in an edition that extends another. Write new rules under rules.']]);
    const twice = next(`replace:\n${rule('DEMO-01', NAME)}remove:\n  - {id: DEMO-01, reason: {ja: 理由, en: Reason}}\n`);
    expect(errors(base, twice).map(place)).toEqual([{ code: 'duplicate-rule-id', file: 'next.yaml', pointer: '/replace/0', line: 9, column: 5 }]);
  });

  it('a removal without its reason, and a self-contained edition without rules', () => {
    expect(errors(base, next('remove:\n  - {id: DEMO-01}\n')).map(place)).toEqual([{ code: 'missing-property', file: 'next.yaml', pointer: '/remove/0/reason', line: 9, column: 5 }]);
    expect(errors({ file: 'empty.yaml', text: head('2020-01', '2020-01-01') }).map((e) => [e.code, e.pointer])).toEqual([['missing-property', '/rules']]);
  });

  it('the same edition of a pack loaded twice', () => {
    expect(errors(base, { ...base, file: 'copy.yaml' }).map(place)).toEqual([{ code: 'duplicate-edition', file: 'copy.yaml', pointer: '/edition', line: 3, column: 10 }]);
  });

  it('two editions of a pack with the same start date', () => {
    const rival = { file: 'rival.yaml', text: BASE.replace('edition: "2020-01"', 'edition: "2020-02"') };
    const found = errors(base, rival);
    expect(found.map(place)).toEqual([{ code: 'same-start-date', file: 'rival.yaml', pointer: '/effective/from', line: 5, column: 19 }]);
    expect(found[0]!.message.en).toContain('demo@2020-02 takes effect on 2020-01-01, the same day as demo@2020-01 in base.yaml');
    // The same edition is refused whatever order the files come in.
    expect(errors(rival, base).map(place)).toEqual(found.map(place));
  });

  it('an unknown definition, listing the defined names', () => {
    const found = errors(base, next(`rules:\n${rule('DEMO-04', '{condition: plan-exist}')}`));
    expect(found.map(place)).toEqual([{ code: 'unknown-definition', file: 'next.yaml', pointer: '/rules/0/check/condition', line: 17, column: 24 }]);
    expect(found[0]!.message.en).toBe('There is no definition "plan-exist". Defined: plan-exists');
  });

  it('a definition that refers to itself, directly or through others, even when no rule uses it', () => {
    const direct = errors({ file: 'd.yaml', text: BASE.replace('definitions:\n', 'definitions:\n  loop: {condition: loop}\n') });
    expect(direct.map(place)).toEqual([{ code: 'definition-cycle', file: 'd.yaml', pointer: '/definitions/loop/condition', line: 8, column: 21 }]);
    const indirect = errors({ file: 'i.yaml', text: BASE.replace('definitions:\n', 'definitions:\n  a: {all: [{condition: b}]}\n  b: {not: {condition: a}}\n') });
    expect(indirect.map((e) => e.code)).toEqual(['definition-cycle', 'definition-cycle']);
    expect(indirect.map((e) => e.message.en)).toEqual(['A definition refers to itself: a → b → a', 'A definition refers to itself: b → a → b']);
  });

  it('a redefinition of an inherited name, located at the key', () => {
    const found = errors(base, next(`definitions:\n  plan-exists: ${NAME}\n`));
    expect(found.map(place)).toEqual([{ code: 'redefined-definition', file: 'next.yaml', pointer: '/definitions/plan-exists', line: 9, column: 3 }]);
    expect(found[0]!.message.en).toContain('base.yaml');
  });

  it('a reference with other keys beside it', () => {
    const found = errors({ file: 'x.yaml', text: BASE.replace('{condition: plan-exists}', '{condition: plan-exists, fact: project}') });
    expect(found.map((e) => [e.code, e.pointer])).toEqual([['invalid-condition', '/rules/0/check']]);
  });

  it('a mistake inside a definition is shown where the definition is written, and where it is used', () => {
    const found = errors({ file: 'x.yaml', text: BASE.replace('$.plan.exists', '$.plan.exist') });
    expect(found.map(place)).toEqual([{ code: 'path-not-in-schema', file: 'x.yaml', pointer: '/definitions/plan-exists/path', line: 8, column: 38 }]);
    expect(found[0]!.message.en).toContain('(used as { condition: plan-exists } at x.yaml:18:12)');
  });

  it('an inherited rule that no longer holds in the extending edition is shown where it is written, naming that edition', () => {
    const exempted = { file: 'base.yaml', text: BASE.replace("    check: {condition: plan-exists}", '    exemptedBy: [DEMO-02]\n    check: {condition: plan-exists}') };
    const found = errors(exempted, next('remove:\n  - {id: DEMO-02, reason: {ja: 理由, en: Reason}}\n'));
    expect(found.map(place)).toEqual([{ code: 'unknown-rule-reference', file: 'base.yaml', pointer: '/rules/0/exemptedBy/0', line: 18, column: 18 }]);
    expect(found[0]!.message.en).toContain('inherited by demo@2021-01 in next.yaml');
  });

  it('a broken base is reported once, not again through every edition that extends it', () => {
    const broken = { file: 'base.yaml', text: BASE.replace('operator: equal, value: true}', 'operator: equals, value: true}') };
    expect(errors(broken, next('')).map((e) => [e.file, e.code])).toEqual([['base.yaml', 'unknown-operator']]);
  });
});
