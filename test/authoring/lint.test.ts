import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it as test } from 'vitest';
import { lintPolicies } from '../../src/authoring/lint/lint.js';
import type { LintResult } from '../../src/authoring/lint/types.js';
import type { CaseFileSystem } from '../../src/authoring/types.js';
import { memoryFiles } from './demo-pack.js';

// Linting loads packs and runs case tables: allow for a busy machine.
const it = (name: string, fn: () => void, timeout = 60_000): void => { test(name, fn, timeout); };

const disk: CaseFileSystem = {
  readFile: (path) => readFileSync(path, 'utf8'),
  listDir: (path) => readdirSync(path, { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/` : e.name)),
};

/** Each finding as `file:line:column severity code [rule]`. */
const seen = (r: LintResult): string[] => r.findings.map((f) => `${f.file ?? f.params?.target}:${f.line}:${f.column} ${f.severity} ${f.code}${f.ruleId ? ` ${f.ruleId}` : ''}`);
const lint = (files: Record<string, string>, targets = Object.keys(files).filter((f) => !f.includes('tests/')), tests?: string[]): LintResult =>
  lintPolicies(targets, { files: memoryFiles(files), ...(tests ? { tests } : {}) });

const HEAD = `schemaVersion: 1
pack: demo
edition: "2025-04"
title: {ja: デモ, en: Demo}
effective: {from: "2025-04-01"}
source: DEMO-RULES
sources: [{id: DEMO-RULES, kind: primary, title: {ja: 規程, en: Rules}, issuer: {ja: 室, en: Office}, date: "2025-03"}]
`;

/** One rule of the demo pack: DEMO-<n>, checking `check` (one line of YAML) with `message` as its English failure text. */
const rule = (n: string, check: string, extra = '', message = 'Failed'): string => `  - id: ${n}
    title: {ja: 題, en: Title}
    severity: error
    basis: primary
    source: DEMO-RULES
    section: "1"
    check: ${check}
    message: {ja: 不適合, en: "${message}"}
    remediation: {ja: 直す, en: Fix it}
${extra}`;

const PLAN = '{fact: project, path: $.plan.exists, operator: equal, value: true}';

describe('the deliberately bad pack (test/fixtures/lint/bad-pack)', () => {
  const r = lintPolicies(['test/fixtures/lint/bad-pack'], { files: disk });

  it('finds each problem the authoring rules look for, at its line and column, and every load problem', () => {
    const at = 'test/fixtures/lint/bad-pack';
    expect(seen(r)).toEqual([
      `${at}/2025-04.yaml:6:40 error overlapping-editions`,
      `${at}/2025-04.yaml:13:3 warning unused-definition`,
      `${at}/2025-04.yaml:24:9 error untested-rule BAD-PLAN-02`,
      `${at}/2025-04.yaml:32:11 warning redundant-exists-guard BAD-PLAN-02`,
      `${at}/2025-04.yaml:34:19 warning unfilled-placeholder BAD-PLAN-02`,
      `${at}/2025-04.yaml:36:9 warning rule-id-prefix PLAN-03`,
      `${at}/2025-04.yaml:36:9 error untested-rule PLAN-03`,
      `${at}/2025-04.yaml:42:81 warning if-absent PLAN-03`,
      `${at}/2026-04-01.yaml:6:19 error same-start-date`,
      `${at}/2026-04.yaml:4:10 error untested-rule BAD-PLAN-02`,
      `${at}/2026-04.yaml:4:10 error untested-rule PLAN-03`,
      `${at}/2026-10.yaml:11:15 error severity-above-basis BAD-STUDY-01`,
      `${at}/2027-04.yaml:5:10 error unknown-base-edition`,
    ]);
    expect([r.errorCount, r.warningCount, r.fatalCount]).toEqual([8, 5, 3]);
    expect(r.caseTables).toEqual([`${at}/tests`]);
  });

  it('every finding has a message and a fix in Japanese and English', () => {
    for (const f of r.findings) {
      expect(f.message.ja.length * f.message.en.length, f.code).toBeGreaterThan(0);
      expect(f.hint?.ja.length && f.hint.en.length, f.code).toBeGreaterThan(0);
      expect(f.message.ja, f.code).not.toBe(f.message.en);
    }
  });

  it('says what to write: the highest severity the basis allows, the day before the next edition, the shared prefix', () => {
    const hint = (code: string): string | undefined => r.findings.find((f) => f.code === code)?.hint?.en;
    expect(hint('severity-above-basis')).toBe('Write `severity: warning`, the most a study source supports.');
    expect(hint('overlapping-editions')).toBe('End bad-demo@2025-04 on 2026-03-31, the day before bad-demo@2026-04 takes effect, or drop its `until`: the next edition\'s `from` ends it.');
    expect(hint('rule-id-prefix')).toMatch(/^Name the rule BAD-… /);
    expect(r.findings.find((f) => f.code === 'untested-rule' && f.file?.endsWith('2026-04.yaml'))?.message.en)
      .toBe('No case makes BAD-PLAN-02 (inherited from 2025-04) fail on bad-demo@2026-04: nothing shows the rule can catch the problem it is written for.');
  });
});

describe('exists: true guards', () => {
  const guarded = (second: string, group = 'all'): string => `{${group}: [{fact: project, path: $.lastRenewedOrReviewedOn, operator: exists, value: true}, ${second}]}`;

  it('a guard beside a test that is false on null is redundant, wherever the guard stands in the all', () => {
    const test = '{fact: project, path: $.lastRenewedOrReviewedOn, operator: dateOnOrAfter, value: "2024-04-01"}';
    const reversed = `{all: [${test}, {fact: project, path: $.lastRenewedOrReviewedOn, operator: exists, value: true}]}`;
    expect(seen(lint({ 'p.yaml': `${HEAD}rules:\n${rule('DEMO-01', guarded(test))}${rule('DEMO-02', reversed)}` })).filter((s) => s.includes('guard'))).toEqual([
      'p.yaml:15:19 warning redundant-exists-guard DEMO-01',
      'p.yaml:24:115 warning redundant-exists-guard DEMO-02',
    ]);
  });

  it('is kept where it still decides something: a test that holds on null, another path, another group, a guard for null', () => {
    const pack = `${HEAD}rules:\n${[
      rule('DEMO-01', guarded('{fact: project, path: $.lastRenewedOrReviewedOn, operator: notEqual, value: "2024-04-01"}')),
      rule('DEMO-02', guarded('{fact: project, path: $.runningSince, operator: dateOnOrAfter, value: "2024-04-01"}')),
      rule('DEMO-03', guarded('{fact: project, path: $.lastRenewedOrReviewedOn, operator: dateOnOrAfter, value: "2024-04-01"}', 'any')),
      rule('DEMO-04', '{all: [{fact: project, path: $.lastRenewedOrReviewedOn, operator: exists, value: false}, {fact: project, path: $.lastRenewedOrReviewedOn, operator: equal, value: null}]}'),
    ].join('')}`;
    expect(seen(lint({ 'p.yaml': pack })).filter((s) => s.includes('guard'))).toEqual([]);
  });
});

describe('message placeholders', () => {
  const placeholders = (check: string, message: string, extra = ''): string[] =>
    seen(lint({ 'p.yaml': `${HEAD}rules:\n${rule('DEMO-01', check, extra, message)}` })).filter((s) => s.includes('placeholder'));

  it('a value the rule never reads and a descriptor may leave out is reported, once per placeholder', () => {
    expect(placeholders('{fact: organisation, path: $.kind, operator: equal, value: national_ministry}', '{project.id} {project.id} on {asOf}')).toEqual(['p.yaml:16:28 warning unfilled-placeholder DEMO-01']);
  });

  it('a value the check reads, one the schema requires beside it, or one the schema always has is filled', () => {
    expect(placeholders(PLAN, '{project.plan.exists}: {project.name} ({organisation.name}) on {asOf}')).toEqual([]);
    expect(placeholders('{fact: item, path: $.inProjectPlan, operator: equal, value: true}', 'Work item {item.id}', '    forEach: $.workItems\n')).toEqual([]);
  });

  it('of alternatives ({a|b}) one that is always there is enough; alternatives that may all be absent are reported', () => {
    const read = '{fact: item, path: $.inProjectPlan, operator: equal, value: true}';
    expect(placeholders(read, 'Work item {item.title|item.id}', '    forEach: $.workItems\n')).toEqual([]);
    expect(placeholders(read, 'Work item {item.title|item.decidedOn}', '    forEach: $.workItems\n')).toEqual(['p.yaml:16:28 warning unfilled-placeholder DEMO-01']);
  });

  it('a value required below a section the rule does not read may still be absent with its section', () => {
    expect(placeholders('{fact: organisation, path: $.kind, operator: equal, value: national_ministry}', '{project.name}')).toEqual(['p.yaml:16:28 warning unfilled-placeholder DEMO-01']);
  });
});

describe('definitions, rule ids, ifAbsent', () => {
  const base = `${HEAD}definitions:\n  planned: ${PLAN}\n  later: {fact: project, path: $.sharedPlatform, operator: equal, value: true}\nrules:\n${rule('DEMO-01', '{condition: planned}')}`;
  const next = `schemaVersion: 1\npack: demo\nedition: "2026-04"\nextends: "2025-04"\ntitle: {ja: デモ, en: Demo}\neffective: {from: "2026-04-01"}\nsource: DEMO-RULES\nrules:\n${rule('DEMO-02', '{condition: later}')}`;

  it('a definition a later edition uses is used, when that edition is linted with it; alone, it is reported', () => {
    expect(seen(lint({ 'p/2025-04.yaml': base, 'p/2026-04.yaml': next }))).toEqual([]);
    expect(seen(lint({ 'p/2025-04.yaml': base }))).toEqual(['p/2025-04.yaml:10:3 warning unused-definition']);
  });

  it('rule ids are checked against the prefix most ids share, and not when no prefix has a majority', () => {
    expect(seen(lint({ 'p.yaml': `${HEAD}rules:\n${rule('DEMO-01', PLAN)}${rule('DEMO-02', PLAN)}${rule('DMEO-03', PLAN)}` }))).toEqual(['p.yaml:27:9 warning rule-id-prefix DMEO-03']);
    expect(seen(lint({ 'p.yaml': `${HEAD}rules:\n${rule('DEMO-01', PLAN)}${rule('OTHER-02', PLAN)}` }))).toEqual([]);
  });

  it('every ifAbsent is reported, whatever it makes absence count as', () => {
    const check = '{any: [{fact: project, path: $.sharedPlatform, operator: equal, value: true, ifAbsent: false}, {not: {fact: project, path: $.plan.exists, operator: equal, value: false, ifAbsent: true}}]}';
    const r = lint({ 'p.yaml': `${HEAD}rules:\n${rule('DEMO-01', check)}` });
    expect(seen(r)).toEqual(['p.yaml:15:89 warning if-absent DEMO-01', 'p.yaml:15:181 warning if-absent DEMO-01']);
    expect(r.findings[1]!.message.en).toBe('`ifAbsent: true` makes a descriptor that does not state project $.plan.exists count as if the comparison were true: the rule then judges the project on something it never said, where it would otherwise report the value missing.');
  });
});

describe('edition dates', () => {
  const edition = (name: string, effective: string): string => HEAD.replace('edition: "2025-04"', `edition: "${name}"`).replace('effective: {from: "2025-04-01"}', `effective: ${effective}`).replace(/^sources: .*\n/m, '');
  const pack = (first: string, second: string): Record<string, string> => ({
    'p/2025-04.yaml': `${HEAD.replace('effective: {from: "2025-04-01"}', `effective: ${first}`)}rules:\n${rule('DEMO-01', PLAN)}`,
    'p/2026-04.yaml': `${edition('2026-04', second)}rules:\n${rule('DEMO-01', PLAN)}`,
  });

  it('an until the day before the next from is right; on that from or after it, the editions overlap', () => {
    expect(seen(lint(pack('{from: "2025-04-01", until: "2026-03-31"}', '{from: "2026-04-01"}')))).toEqual([]);
    expect(seen(lint(pack('{from: "2025-04-01", until: "2026-04-01"}', '{from: "2026-04-01"}')))).toEqual(['p/2025-04.yaml:5:40 error overlapping-editions']);
  });

  it('two editions from the same day clash, and a draft is judged beside the bundled editions of its pack', () => {
    // Two given files on one day do not load together: the loader says so, with lint's fix.
    const clash = lint(pack('{from: "2025-04-01"}', '{from: "2025-04-01"}'));
    expect(seen(clash)).toEqual(['p/2026-04.yaml:5:19 error same-start-date']);
    expect(clash.findings[0]!.hint?.en).toMatch(/^Give each edition the date/);
    const draft = `schemaVersion: 1\npack: standard-guideline\nedition: "2021-10"\nextends: "2021-09"\ntitle: {ja: 草案, en: Draft}\neffective: {from: "2021-09-01"}\nsource: SG-2021-09\n`;
    const r = lint({ 'draft.yaml': draft });
    // The loader also refuses a base that is not earlier; lint adds which editions clash.
    expect(seen(r)).toEqual(['draft.yaml:4:10 error base-not-earlier', 'draft.yaml:6:19 error same-effective-from']);
    expect(r.findings.find((f) => f.code === 'same-effective-from')!.message.en).toBe('standard-guideline@2021-09 and standard-guideline@2021-10 both take effect on 2021-09-01: only one edition of a pack can be in force on a day, and the files do not say which.');
  });
});

describe('rules without cases', () => {
  const PLANNED = `  - name: planned
    descriptor: {schemaVersion: 1, id: x, organisation: {kind: national_ministry, name: x}, project: {name: x, plan: {exists: true}}}
    expect: []
`;
  const NOT_PLANNED = `  - name: not planned
    descriptor: {schemaVersion: 1, id: x, organisation: {kind: national_ministry, name: x}, project: {name: x, plan: {exists: false}}}
    expect: [{rule: DEMO-01, status: fail}]
`;
  const table = (cases: string): string => `schemaVersion: 1
pack: demo
editions: ["2025-04"]
policies: [../2025-04.yaml]
cases:
${cases}`;
  const pack = `${HEAD}rules:\n${rule('DEMO-01', PLAN)}`;

  it('a rule seen failing and passing is tested; the tests/ folder beside the file is found', () => {
    const r = lint({ 'p/2025-04.yaml': pack, 'p/tests/demo.cases.yaml': table(PLANNED + NOT_PLANNED) });
    expect(seen(r)).toEqual([]);
    expect(r.caseTables).toEqual(['p/tests']);
  });

  it('a rule never seen failing is reported; so is an edition the cases ran in another text (another hash)', () => {
    const files = { 'p/2025-04.yaml': pack, 'p/tests/demo.cases.yaml': table(PLANNED) };
    expect(seen(lint(files))).toEqual(['p/2025-04.yaml:9:9 error untested-rule DEMO-01']);
    const drafted = { ...files, 'draft/2025-04.yaml': pack.replace('Fix it', 'Fix it now') };
    expect(seen(lint(drafted, ['draft/2025-04.yaml'], ['p/tests']))).toEqual(['draft/2025-04.yaml:3:10 error untested-edition']);
  });

  it('without case tables, nothing is said about cases', () => {
    const r = lint({ 'p/2025-04.yaml': pack });
    expect([seen(r), r.caseTables]).toEqual([[], []]);
  });

  it('a case table that cannot run is fatal, and what the loader said about its policy files is not repeated', () => {
    const broken = pack.replace('operator: equal', 'operator: equals');
    const r = lint({ 'p/2025-04.yaml': broken, 'p/tests/demo.cases.yaml': table(PLANNED + NOT_PLANNED).replace('status: fail', 'status: failed') });
    expect(seen(r)).toEqual(['p/2025-04.yaml:15:59 error unknown-operator DEMO-01', 'p/tests/demo.cases.yaml:11:38 error invalid-value']);
    expect(r.fatalCount).toBe(2);
  });
});

describe('targets', () => {
  it('an unreadable file, a folder without edition files, an unknown bundled edition', () => {
    const r = lintPolicies(['nowhere.yaml', 'p', 'standard-guidline@2019-02'], { files: memoryFiles({ 'p/notes.yaml': 'x: 1\n', 'p/tests/x.cases.yaml': 'x' }) });
    expect(r.findings.map((f) => `${f.code} ${f.message.en}`)).toEqual([
      'no-policy-files The folder p holds no pack edition file (a file named after its edition, such as 2025-04.yaml, outside tests/).',
      expect.stringMatching(/^unknown-target There is no bundled edition standard-guidline@2019-02 \(bundled: .*standard-guideline@2019-02.*\)\. Did you mean standard-guideline@2019-02\?$/),
      'unreadable-file Cannot read nowhere.yaml (ENOENT). Check the path.',
    ]);
    expect(r.fatalCount).toBe(3);
  });

  it('a folder is searched, with its subfolders, for files named after their edition, outside tests/', () => {
    const other = `${HEAD.replace('pack: demo', 'pack: other').replace('"2025-04"', '"2025-10"')}rules:\n${rule('OTHER-01', PLAN)}`.replaceAll('DEMO-RULES', 'OTHER-RULES');
    const r = lint({ 'p/2025-04.yaml': `${HEAD}rules:\n${rule('DEMO-01', PLAN)}`, 'p/more/2025-10.yaml': other, 'p/notes.yaml': 'x', 'p/tests/2025-04.yaml': 'x' }, ['p']);
    expect(r.editions).toEqual([{ pack: 'demo', edition: '2025-04', file: 'p/2025-04.yaml' }, { pack: 'other', edition: '2025-10', file: 'p/more/2025-10.yaml' }]);
    expect(seen(r)).toEqual([]);
  });
});

describe('the bundled packs', () => {
  it('a bundled edition is placed by lines and columns in its file when the file can be read, else at 1:1', () => {
    const placed = lintPolicies(['ismap@2022-11'], { bundledFiles: disk });
    // Without the package's files the bundled case tables cannot run either: lint says so, once.
    const all = lintPolicies(['ismap@2022-11']);
    expect(all.findings.filter((f) => f.code === 'no-bundled-files').map((f) => f.fatal)).toEqual([true]);
    const unplaced = { findings: all.findings.filter((f) => f.code !== 'no-bundled-files') };
    expect(placed.findings.length).toBeGreaterThan(0);
    expect(placed.findings.map((f) => f.file)).toEqual(placed.findings.map(() => 'policies/ismap/2022-11.yaml'));
    expect(placed.findings.every((f) => f.line! > 1)).toBe(true);
    expect(unplaced.findings.map((f) => `${f.code} ${f.pointer} ${f.line}:${f.column}`)).toEqual(placed.findings.map((f) => `${f.code} ${f.pointer} 1:1`));
  });


  it('every bundled edition loads, each is linted against its own case tables, and lint reports only its own rules\' findings', () => {
    const r = lintPolicies([], { bundledFiles: disk });
    expect(r.fatalCount).toBe(0);
    expect(r.editions.map((e) => `${e.pack}@${e.edition}`)).toEqual(r.caseTables);
    const codes = new Set(r.findings.map((f) => f.code));
    for (const code of codes) expect(['untested-edition', 'untested-rule', 'unused-definition', 'redundant-exists-guard', 'unfilled-placeholder', 'rule-id-prefix', 'overlapping-editions', 'same-effective-from', 'if-absent']).toContain(code);
  }, 180_000);
});
