import { describe, expect, it } from 'vitest';
import { runCaseTables } from '../../src/authoring/runner.js';
import type { CaseFileSystem, CaseRun } from '../../src/authoring/types.js';
import { KanmonError } from '../../src/diagnostics/diagnostic.js';
import { bundledFiles } from '../support/package-files.js';
import { demoFiles, GOOD, ITEM_RULE, memoryFiles, PACK_2020, PACK_2021 } from './demo-pack.js';

const TABLE = 'tests/demo.cases.yaml';
const run = (files: CaseFileSystem, targets = [TABLE]): CaseRun => runCaseTables(targets, { files, bundledFiles });

/** Every problem of a run that cannot start, as `file:line:column code message`. */
function problems(files: CaseFileSystem, targets = [TABLE]): string[] {
  try {
    run(files, targets);
  } catch (error) {
    if (error instanceof KanmonError) return error.diagnostics.map((d) => `${d.file ?? d.params?.target}:${d.line}:${d.column} ${d.code} ${d.message.en}`);
    throw error;
  }
  throw new Error('the run started');
}

const outcome = (r: CaseRun) => r.results.map((x) => `${x.edition} ${x.passed ? 'pass' : 'FAIL'} ${x.name}`);

describe('a case passes only when it gets exactly the findings it expects', () => {
  it('runs every case on every edition of the table, each with the edition pinned', () => {
    const r = run(demoFiles(`  - name: a project in good order
    base: good
    expect: []
  - name: no plan
    base: good
    patch: [{op: replace, path: /project/plan/exists, value: false}]
    expect: [{rule: DEMO-PLAN, status: fail, pointer: /project/plan/exists}]
`));
    expect(outcome(r)).toEqual([
      '2020-01 pass a project in good order', '2021-01 pass a project in good order', '2020-01 pass no plan', '2021-01 pass no plan',
    ]);
    expect([r.passed, r.failed]).toEqual([4, 0]);
  });

  it('an extra failing finding fails the case, and is shown', () => {
    const r = run(demoFiles(`  - name: no plan and no review
    base: good
    patch: [{op: replace, path: /project/plan/exists, value: false}, {op: replace, path: /project/lastRenewedOrReviewedOn, value: null}]
    expect: [{rule: DEMO-PLAN, status: fail}]
`));
    expect(outcome(r)).toEqual(['2020-01 FAIL no plan and no review', '2021-01 FAIL no plan and no review']);
    expect(r.results[0]!.unexpected).toEqual([{ rule: 'DEMO-REVIEW', status: 'fail', pointer: '/project/lastRenewedOrReviewedOn', severity: 'warning', message: 'No review date' }]);
  });

  it('a missing expected finding fails the case, and the rule\'s other findings are shown', () => {
    const r = run(demoFiles(`  - name: expects a failure that does not happen
    base: good
    expect: [{rule: DEMO-PLAN, status: fail}]
`));
    expect(outcome(r)).toEqual(['2020-01 FAIL expects a failure that does not happen', '2021-01 FAIL expects a failure that does not happen']);
    expect(r.results[0]!.expectations).toEqual([{ expectation: { rule: 'DEMO-PLAN', status: 'fail' } }]);
    expect(r.results[0]!.related.map((f) => `${f.rule} ${f.status}`)).toEqual(['DEMO-PLAN pass']);
  });

  it('a pass or not_applicable listed is asserted; one not listed is not required', () => {
    const r = run(demoFiles(`  - name: not in operation
    base: good
    patch: [{op: replace, path: /project/phase, value: design_development}]
    expect: [{rule: DEMO-REVIEW, status: not_applicable}, {rule: DEMO-PLAN, status: pass, pointer: /project/plan/exists}]
  - name: wrongly asserted pass
    base: good
    patch: [{op: replace, path: /project/phase, value: design_development}]
    expect: [{rule: DEMO-REVIEW, status: pass}]
`));
    expect(outcome(r)).toEqual(['2020-01 pass not in operation', '2021-01 pass not in operation', '2020-01 FAIL wrongly asserted pass', '2021-01 FAIL wrongly asserted pass']);
  });

  it('expectations and findings pair one to one: two failing items need two expectations', () => {
    const twoItems = `    base: good
    editions: ["2021-01"]
    patch: [{op: replace, path: /workItems, value: [{id: a, kind: new_build, inProjectPlan: false}, {id: b, kind: new_build, inProjectPlan: false}]}]`;
    const r = run(demoFiles(`  - name: one expectation for two failures
${twoItems}
    expect: [{rule: DEMO-ITEM, status: fail}]
  - name: two expectations for two failures
${twoItems}
    expect: [{rule: DEMO-ITEM, status: fail}, {rule: DEMO-ITEM, status: fail, pointer: /workItems/0}]
`));
    expect(outcome(r)).toEqual(['2021-01 FAIL one expectation for two failures', '2021-01 pass two expectations for two failures']);
  });

  it('severity and message, when given, must be the finding\'s; the message in the case\'s language', () => {
    const noPlan = `    base: good
    editions: ["2020-01"]
    patch: [{op: replace, path: /project/plan/exists, value: false}]`;
    const r = run(demoFiles(`  - name: right message
${noPlan}
    expect: [{rule: DEMO-PLAN, status: fail, severity: error, message: 架空システム has no plan}]
  - name: wrong severity
${noPlan}
    expect: [{rule: DEMO-PLAN, status: fail, severity: warning}]
  - name: Japanese message
${noPlan}
    options: {lang: ja}
    expect: [{rule: DEMO-PLAN, status: fail, message: 架空システム に計画がありません}]
`));
    expect(outcome(r)).toEqual(['2020-01 pass right message', '2020-01 FAIL wrong severity', '2020-01 pass Japanese message']);
  });

  it('adding a rule that fails on an existing case makes that case fail', () => {
    const cases = `  - name: a project without work items
    base: good
    editions: ["2020-01"]
    patch: [{op: remove, path: /workItems}]
    expect: []
`;
    expect(outcome(run(demoFiles(cases)))).toEqual(['2020-01 pass a project without work items']);
    // The same table after DEMO-ITEM is added to the 2020-01 edition: the absent list is now missing.
    const withItemRule = `${PACK_2020}${ITEM_RULE}`;
    const r = run(demoFiles(cases, { 'pack-2020.yaml': withItemRule }));
    expect(outcome(r)).toEqual(['2020-01 FAIL a project without work items']);
    expect(r.results[0]!.unexpected.map((f) => `${f.rule} ${f.status} ${f.pointer}`)).toEqual(['DEMO-ITEM missing /workItems']);
  });

  it('judges at the edition\'s effective.from unless the case gives asOf (never at the descriptor\'s evaluatedOn)', () => {
    // A waiver that runs out on 2020-06-30 shows the date the case was judged at.
    const waived = `    editions: ["2020-01"]
    base: good
    patch:
      - {op: add, path: /evaluatedOn, value: "2030-01-01"}
      - {op: replace, path: /project/plan/exists, value: false}
      - {op: add, path: /waivers, value: [{ruleId: DEMO-PLAN, pointer: "", justification: plan under way, approver: CIO, expires: "2020-06-30"}]}`;
    const r = run(demoFiles(`  - name: at 2020-01-01 the waiver holds
${waived}
    expect: [{rule: DEMO-PLAN, status: waived}]
  - name: at 2020-07-01 it has run out
${waived}
    asOf: "2020-07-01"
    expect: [{rule: DEMO-PLAN, status: fail}]
`));
    expect(outcome(r)).toEqual(['2020-01 pass at 2020-01-01 the waiver holds', '2020-01 pass at 2020-07-01 it has run out']);
  });
});

describe('a table that cannot be run as written is refused, every problem located', () => {
  it('an expectation naming a rule the edition does not have is an error naming it, with the ids close to it', () => {
    expect(problems(demoFiles(`  - name: misspelt
    base: good
    expect: [{rule: DEMO-PLN, status: pass}]
  - name: a rule of the later edition only
    base: good
    expect: [{rule: DEMO-ITEM, status: pass}]
`))).toEqual([
      'tests/demo.cases.yaml:10:21 unknown-rule Rule DEMO-PLN is not in demo@2020-01, demo@2021-01. Did you mean DEMO-PLAN?',
      'tests/demo.cases.yaml:13:21 unknown-rule Rule DEMO-ITEM is not in demo@2020-01.',
    ]);
  });

  it('a case without expect, two cases with one name, and two cases with the same content', () => {
    expect(problems(demoFiles(`  - name: forgot expect
    base: good
`))).toEqual([
      'tests/demo.cases.yaml:8:5 missing-expect This case has no `expect`. List every finding with status fail, missing or waived it must produce, or write `expect: []` to say there is none.',
    ]);
    expect(problems(demoFiles(`  - name: same
    base: good
    expect: []
  - name: same
    base: good
    patch: [{op: remove, path: /workItems}]
    expect: []
  - name: same content as the first
    base: good
    expect: []
  - name: same descriptor, other expectations
    base: good
    expect: [{rule: DEMO-PLAN, status: pass}]
`))).toEqual([
      'tests/demo.cases.yaml:11:11 duplicate-name Another case is already named "same" (at /cases/0). Give each case its own name.',
      'tests/demo.cases.yaml:15:5 duplicate-case This case repeats "same": same descriptor, date, phase, options, editions and expectations. Remove one of them.',
    ]);
  });

  it('a narrowing edition outside the table\'s list, an unknown edition, an unknown base', () => {
    expect(problems(demoFiles(`  - name: narrowed too far
    editions: ["2022-01"]
    bas: good
    expect: []
`))).toEqual(['tests/demo.cases.yaml:10:5 unknown-property Unknown property "bas" at /cases/0. Did you mean "base"? Use a key starting with x- for extensions.']);
    expect(problems(demoFiles(`  - name: narrowed too far
    editions: ["2022-01"]
    base: god
    expect: []
`))).toEqual([
      'tests/demo.cases.yaml:9:16 edition-not-in-file Edition 2022-01 is not in the table\'s `editions` (2020-01, 2021-01); a case may only narrow that list.',
      'tests/demo.cases.yaml:10:11 unknown-base There is no base named god in `bases`. Did you mean good?',
    ]);
    const files = demoFiles('  - {name: x, base: good, expect: []}\n');
    const table = files.readFile(TABLE).replace('editions: ["2020-01", "2021-01"]', 'editions: ["2020-01", "2019-01"]');
    expect(problems(memoryFiles({ 'pack-2020.yaml': PACK_2020, 'pack-2021.yaml': PACK_2021, 'tests/bases/good.yaml': GOOD, [TABLE]: table })))
      .toEqual(['tests/demo.cases.yaml:3:23 unknown-edition Pack demo has no edition 2019-01 (it has 2020-01, 2021-01).']);
  });

  it('a patch that does not apply says which operation and why', () => {
    expect(problems(demoFiles(`  - name: a
    base: good
    patch:
      - {op: test, path: /project/phase, value: operation_maintenance}
      - {op: replace, path: /project/plan/exist, value: false}
    expect: []
  - name: b
    base: good
    patch: [{op: test, path: /project/phase, value: launch}]
    expect: []
  - name: c
    base: good
    patch: [{op: add, path: /workItems/5, value: {id: x, kind: new_build}}]
    expect: []
  - name: d
    base: good
    patch: [{op: move, path: /project/x}]
    expect: []
`))).toEqual([
      'tests/demo.cases.yaml:12:9 patch-failed Patch operation 1 (replace /project/plan/exist) does not apply: /project/plan/exist does not exist.',
      'tests/demo.cases.yaml:16:13 patch-failed Patch operation 0 (test /project/phase) does not apply: the value at /project/phase is "operation_maintenance", not "launch".',
      'tests/demo.cases.yaml:20:13 patch-failed Patch operation 0 (add /workItems/5) does not apply: /workItems/5: the array index must be a number from 0 to 1.',
      'tests/demo.cases.yaml:24:13 patch-failed Patch operation 0 (move /project/x) does not apply: `move` needs a `from`.',
    ]);
  });

  it('a descriptor that fails the schema: its problems are located in the case table, at the descriptor or the patch operation', () => {
    expect(problems(demoFiles(`  - name: inline
    descriptor:
      schemaVersion: 1
      id: x
      organisation: {kind: ministry, name: x}
    expect: []
  - name: patched
    base: good
    patch:
      - {op: add, path: /workItems/-, value: {id: b, kind: rebuild}}
      - {op: remove, path: /organisation/name}
    expect: []
`))).toEqual([
      'tests/demo.cases.yaml:12:28 invalid-value /organisation/kind has an invalid value. Use one of: national_ministry, national_agency, incorporated_administrative_agency, prefecture, municipality',
      'tests/demo.cases.yaml:17:60 invalid-value /workItems/1/kind has an invalid value. Use one of: new_build, renewal, functional_addition, modification, operation, maintenance',
      'tests/demo.cases.yaml:18:9 missing-property /organisation is missing the required property "name". Add it.',
    ]);
  });

  it('a base file that fails the schema is reported in its own file, with its lines', () => {
    expect(problems(demoFiles('  - {name: x, base: good, expect: []}\n', { 'tests/bases/good.yaml': GOOD.replace('phase: operation_maintenance', 'phase: running') })))
      .toEqual(['tests/bases/good.yaml:6:10 invalid-value /project/phase has an invalid value. Use one of: launch, budget_request, service_business_planning, requirements, procurement, design_development, service_operation_improvement, operation_maintenance, system_audit, closure']);
  });

  it('an unreadable file, an unknown pack, a policy file of another pack, a broken policy file', () => {
    const table = demoFiles('  - {name: x, base: good, expect: []}\n').readFile(TABLE);
    expect(problems(memoryFiles({ 'pack-2020.yaml': PACK_2020, 'pack-2021.yaml': PACK_2021, [TABLE]: table })))
      .toEqual(['tests/demo.cases.yaml:6:16 unreadable-file Cannot read tests/bases/good.yaml (ENOENT). Check the path; it is taken relative to the case table.']);
    expect(problems(memoryFiles({ [TABLE]: 'schemaVersion: 1\npack: demo-pack\neditions: ["2020-01"]\ncases: [{name: x, descriptor: {}, expect: []}]\n' }))).toEqual([
      'tests/demo.cases.yaml:2:7 unknown-pack There is no pack demo-pack (known: continuity, gov-common-platform, ismap, local-it-governance, standard-guideline, three-layer). Load a pack of your own with `policies:`.',
    ]);
    expect(problems(demoFiles('  - {name: x, base: good, expect: []}\n', { 'pack-2021.yaml': PACK_2021.replace('pack: demo', 'pack: other') }))).toEqual([
      'tests/demo.cases.yaml:4:31 policy-other-pack pack-2021.yaml is an edition of pack other, not of demo, the pack this table tests.',
    ]);
    expect(problems(demoFiles('  - {name: x, base: good, expect: []}\n', { 'pack-2021.yaml': PACK_2021.replace('operator: exists', 'operator: exist') })))
      .toEqual([expect.stringMatching(/^pack-2021\.yaml:26:71 unknown-operator Unknown operator "exist"\. /)]);
  });
});

describe('policy files of a table are loaded together, with the bundled editions', () => {
  it('an edition written as a difference of another file of the table runs like one written in full', () => {
    const difference = `schemaVersion: 1
pack: demo
edition: "2021-01"
extends: "2020-01"
title: {ja: デモ, en: Demo}
effective: {from: "2021-01-01"}
source: DEMO-SOURCE
rules:
${ITEM_RULE}`;
    const cases = `  - name: an item outside the plan
    base: good
    editions: ["2021-01"]
    patch: [{op: replace, path: /workItems/0/inProjectPlan, value: false}]
    expect: [{rule: DEMO-ITEM, status: fail, pointer: /workItems/0}]
`;
    const full = run(demoFiles(cases));
    const written = run(demoFiles(cases, { 'pack-2021.yaml': difference }));
    expect(outcome(written)).toEqual(['2021-01 pass an item outside the plan']);
    // The same rules, leaves and outcomes (the content hashes differ: the difference also inherits the base's sources).
    const unhashed = (r: CaseRun) => r.coverage.editions.map(({ hash: _, ...e }) => e);
    expect(unhashed(written)).toEqual(unhashed(full));
  });

  it('a draft of a bundled edition may extend the bundled edition before it', () => {
    const draft = `schemaVersion: 1
pack: three-layer
edition: "2030-01"
extends: "2024-10"
title: {ja: 草案, en: Draft}
effective: {from: "2030-01-01"}
source: DEMO-SOURCE
sources: [{ id: DEMO-SOURCE, kind: primary, title: { ja: Demo rules, en: Demo rules }, issuer: { ja: Demo office, en: Demo office }, date: "2029-12" }]
remove: [{id: TL-CSIRT-01, reason: {ja: 例, en: An example}}]
`;
    const table = `schemaVersion: 1
pack: three-layer
editions: ["2030-01"]
policies: [../draft.yaml]
cases: [{name: x, descriptor: {schemaVersion: 1, id: x, organisation: {kind: national_ministry, name: x}}, expect: []}]
`;
    const r = run(memoryFiles({ 'draft.yaml': draft, [TABLE]: table }));
    expect(outcome(r)).toEqual(['2030-01 pass x']);
    expect(r.coverage.editions[0]!.rules.map((x) => x.rule)).not.toContain('TL-CSIRT-01');
    expect(r.coverage.editions[0]!.rules.map((x) => x.rule)).toContain('TL-APR-01');
  });
});

describe('targets', () => {
  it('a folder is searched for case tables; a folder without any is an error', () => {
    const files = demoFiles('  - {name: x, base: good, expect: []}\n', { 'tests/more/other.cases.yml': 'schemaVersion: 1\npack: ismap\neditions: ["2020-06"]\ncases: [{name: y, descriptor: {schemaVersion: 1, id: y, organisation: {kind: municipality, name: y}}, expect: []}]\n' });
    expect(run(files, ['tests']).results.map((r) => `${r.file} ${r.pack}@${r.edition} ${r.name}`)).toEqual([
      'tests/demo.cases.yaml demo@2020-01 x', 'tests/demo.cases.yaml demo@2021-01 x', 'tests/more/other.cases.yml ismap@2020-06 y',
    ]);
    expect(problems(files, ['tests/bases'])).toEqual(['tests/bases:undefined:undefined no-case-tables The folder tests/bases holds no case table (*.cases.yaml, *.cases.yml or *.cases.json).']);
  });

  it('pack@edition runs the bundled tables of that pack on that edition only', () => {
    const r = runCaseTables(['continuity@2019-02'], { bundledFiles });
    expect(r.results.length).toBeGreaterThan(10);
    expect(new Set(r.results.map((x) => `${x.pack}@${x.edition}`))).toEqual(new Set(['continuity@2019-02']));
    expect(problems(memoryFiles({}), ['continuty@2019-02', 'continuity@2030-01'])).toEqual([
      'continuty@2019-02:undefined:undefined unknown-target continuty@2019-02: no bundled case table tests this pack (bundled: continuity, gov-common-platform, ismap, local-it-governance, standard-guideline, three-layer). Did you mean continuity?',
      'continuity@2030-01:undefined:undefined unknown-target continuity@2030-01: no bundled case runs on this edition.',
    ]);
  });

  it("the bundled tables are read from the package's files; a program that gives none is told so, once", () => {
    const attempt = (targets: string[]) => {
      try {
        runCaseTables(targets);
      } catch (error) {
        if (error instanceof KanmonError) return error.diagnostics.map((d) => `${d.code} ${d.message.en}`);
        throw error;
      }
      throw new Error('the run started');
    };
    const told = "no-bundled-files The bundled packs' case tables are files of the installed package, and no way to read them was given (runCaseTables option bundledFiles; kanmon test gives it).";
    expect(attempt([])).toEqual([told]);
    expect(attempt(['continuity@2019-02', 'ismap@2020-06'])).toEqual([told]);
    const read: string[] = [];
    runCaseTables(['continuity@2019-02'], { bundledFiles: { readFile: (path) => { read.push(path); return bundledFiles.readFile(path); } } });
    // The table first, then the bases it names (one of another pack's), all by their path in the package.
    expect(read).toEqual(['policies/continuity/tests/continuity.cases.yaml', 'policies/gov-common-platform/tests/bases/platform.yaml']);
  });
});
