import { describe, expect, it } from 'vitest';
import { formatCaseDiagnostics, formatCaseRunText } from '../../src/authoring/format-text.js';
import { formatCaseRunJson } from '../../src/authoring/format-json.js';
import { runCaseTables } from '../../src/authoring/runner.js';
import { KanmonError } from '../../src/diagnostics/diagnostic.js';
import { demoFiles } from './demo-pack.js';

const run = runCaseTables(['tests/demo.cases.yaml'], {
  files: demoFiles(`  - name: good
    base: good
    expect: []
  - name: no plan
    base: good
    editions: ["2021-01"]
    patch: [{op: replace, path: /project/plan/exists, value: false}, {op: replace, path: /project/lastRenewedOrReviewedOn, value: null}]
    expect: [{rule: DEMO-PLAN, status: fail}, {rule: DEMO-ITEM, status: fail}]
`),
});

describe('text output of kanmon test', () => {
  it('reads like a test runner: ✓/✗ per case and edition, what differs, the counts, the coverage and its gaps', () => {
    expect(formatCaseRunText(run, { coverageMin: 50 })).toBe(`tests/demo.cases.yaml
  ✓ 2020-01  good
  ✓ 2021-01  good
  ✗ 2021-01  no plan
      tests/demo.cases.yaml:11: expected (-), reported but not expected (+), other findings of the expected rules (~)
        DEMO-PLAN  fail  (any pointer)
      - DEMO-ITEM  fail  (any pointer)
      + DEMO-REVIEW  fail  /project/lastRenewedOrReviewedOn  "No review date"
      ~ DEMO-ITEM  pass  /workItems/0  "Work item: satisfied."

2 passed, 1 failed

Condition coverage (rules seen both pass and fail; leaf conditions seen true, false and unknown):
  demo@2020-01  rules pass+fail 0/2  true 3/3  false 0/3  unknown 0/3  33.3 %
  demo@2021-01  rules pass+fail 2/3  true 4/4  false 2/4  unknown 0/4  50.0 %
  total         rules pass+fail 2/5  true 7/7  false 2/7  unknown 0/7  42.8 %

Outcomes no case has shown yet:
  demo@2020-01
    DEMO-PLAN  not seen: fail, missing; check[0] project $.plan.exists equal → false, unknown
    DEMO-REVIEW  not seen: fail, missing, not_applicable; when[0] project $.phase equal → false, unknown; check[0] project $.lastRenewedOrReviewedOn exists → false, unknown
  demo@2021-01
    DEMO-PLAN  not seen: missing; check[0] project $.plan.exists equal → unknown
    DEMO-REVIEW  not seen: missing, not_applicable; when[0] project $.phase equal → false, unknown; check[0] project $.lastRenewedOrReviewedOn exists → unknown
    DEMO-ITEM  not seen: fail, missing, not_applicable; check[0] item $.inProjectPlan equal → false, unknown

Coverage 42.8 % is below the minimum of 50 %.
`);
  });

  it('speaks Japanese with --lang ja, columns aligned for full-width text', () => {
    const lines = formatCaseRunText(run, { lang: 'ja' }).split('\n');
    expect(lines.filter((l) => /^(成功| {2}合計| {2}demo@2021-01 {2})/.test(l))).toEqual([
      '成功 2 件、失敗 1 件',
      '  demo@2021-01  合否両方のルール 2/3  真 4/4  偽 2/4  不明 0/4  50.0 %',
      '  合計          合否両方のルール 2/5  真 7/7  偽 2/7  不明 0/7  42.8 %',
    ]);
  });

  it('problems that stop a run: one line each, file:line:column, code, pointer and message', () => {
    let caught: unknown;
    try {
      runCaseTables(['tests/demo.cases.yaml', 'nope@2020-01'], { files: demoFiles('  - {name: x, base: good, expect: [{rule: DEMO-PLAM, status: pass}]}\n') });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(KanmonError);
    expect(formatCaseDiagnostics((caught as KanmonError).diagnostics, 'en')).toBe(`kanmon: the case tables have 2 problem(s). No case was run.
  nope@2020-01  unknown-target  nope@2020-01: no bundled case table tests this pack (bundled: continuity, gov-common-platform, ismap, local-it-governance, standard-guideline, three-layer).
  tests/demo.cases.yaml:8:43  unknown-rule  /cases/0/expect/0/rule  Rule DEMO-PLAM is not in demo@2020-01, demo@2021-01. Did you mean DEMO-PLAN?
`);
    expect(formatCaseDiagnostics((caught as KanmonError).diagnostics, 'ja').split('\n')[2]).toBe(
      '  tests/demo.cases.yaml:8:43  unknown-rule  /cases/0/expect/0/rule  ルール DEMO-PLAM は demo@2020-01, demo@2021-01 にありません。（DEMO-PLAN の誤りではありませんか）',
    );
  });
});

describe('JSON output of kanmon test', () => {
  it('holds the counts, every result, the coverage and whether the minimum is met', () => {
    const json = JSON.parse(formatCaseRunJson(run, { coverageMin: 40 }));
    expect(json).toMatchObject({ tool: 'kanmon', passed: 2, failed: 1, coverageMin: 40, coverageMet: true });
    expect(json.results[2]).toMatchObject({ name: 'no plan', edition: '2021-01', passed: false, line: 11, unexpected: [{ rule: 'DEMO-REVIEW', status: 'fail' }] });
    expect(json.coverage.total.percent).toBe(42.8);
  });
});
