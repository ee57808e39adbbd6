import { describe, expect, it } from 'vitest';
import { belowMinimum } from '../../src/authoring/coverage.js';
import { runCaseTables } from '../../src/authoring/runner.js';
import { demoFiles, PACK_2020 } from './demo-pack.js';

// Four cases on the demo pack. What each shows, by edition:
//   good                DEMO-PLAN true (pass)    DEMO-REVIEW when true, check true (pass)   DEMO-ITEM true (pass, 2021-01)
//   no plan             DEMO-PLAN false (fail)   as good                                    as good
//   plan not stated     DEMO-PLAN unknown (missing)
//   not in operation    DEMO-REVIEW when false (not_applicable)
const CASES = `  - name: good
    base: good
    expect: []
  - name: no plan
    base: good
    patch: [{op: replace, path: /project/plan/exists, value: false}]
    expect: [{rule: DEMO-PLAN, status: fail}]
  - name: plan not stated
    base: good
    patch: [{op: remove, path: /project/plan}]
    expect: [{rule: DEMO-PLAN, status: missing}]
  - name: not in operation
    base: good
    patch: [{op: replace, path: /project/phase, value: design_development}]
    expect: []
`;

describe('condition coverage on a small hand-made pack', () => {
  const run = runCaseTables(['tests/demo.cases.yaml'], { files: demoFiles(CASES) });
  const [e2020, e2021] = run.coverage.editions;

  it('counts, per rule, the statuses seen and the ones the rule can produce', () => {
    expect(e2020!.rules.map((r) => [r.rule, r.seen, r.reachable])).toEqual([
      ['DEMO-PLAN', ['pass', 'fail', 'missing'], ['pass', 'fail', 'missing']],
      ['DEMO-REVIEW', ['pass', 'not_applicable'], ['pass', 'fail', 'missing', 'not_applicable']],
    ]);
    expect(e2021!.rules.find((r) => r.rule === 'DEMO-ITEM')).toMatchObject({ seen: ['pass'], reachable: ['pass', 'fail', 'missing', 'not_applicable'] });
  });

  it('counts each leaf\'s outcomes by its place in its role; an absent value makes exists unknown too', () => {
    expect(e2020!.rules.flatMap((r) => r.leaves.map((l) => [r.rule, `${l.role}[${l.index}]`, l.path, l.seen, l.reachable]))).toEqual([
      ['DEMO-PLAN', 'check[0]', '$.plan.exists', ['true', 'false', 'unknown'], ['true', 'false', 'unknown']],
      ['DEMO-REVIEW', 'when[0]', '$.phase', ['true', 'false'], ['true', 'false', 'unknown']],
      ['DEMO-REVIEW', 'check[0]', '$.lastRenewedOrReviewedOn', ['true'], ['true', 'false', 'unknown']],
    ]);
  });

  it('sums them per edition and in total: outcomes seen out of those reachable', () => {
    expect(e2020!.counts).toEqual({ rules: 2, rulesPassAndFail: 1, leaves: 3, seenTrue: 3, seenFalse: 2, seenUnknown: 1, unknownReachable: 3, seenOutcomes: 6, outcomes: 9, percent: 66.6 });
    expect(e2021!.counts).toMatchObject({ rules: 3, leaves: 4, seenOutcomes: 7, outcomes: 12, percent: 58.3 });
    expect(run.coverage.total).toMatchObject({ rules: 5, rulesPassAndFail: 2, seenOutcomes: 13, outcomes: 21, percent: 61.9 });
    expect([belowMinimum(run.coverage, 61.9), belowMinimum(run.coverage, 62)]).toEqual([false, true]);
  });

  it('an edition\'s appliesTo is counted as a whole: true whenever its rules were judged, false when it left them not applicable', () => {
    const scoped = PACK_2020.replace('rules:\n', 'appliesTo: {fact: organisation, path: $.kind, operator: equal, value: national_ministry}\nrules:\n');
    const files = demoFiles(`  - name: good
    base: good
    editions: ["2020-01"]
    expect: []
  - name: a municipality
    base: good
    editions: ["2020-01"]
    patch: [{op: replace, path: /organisation/kind, value: municipality}]
    expect: [{rule: DEMO-PLAN, status: not_applicable}]
`, { 'pack-2020.yaml': scoped });
    const coverage = runCaseTables(['tests/demo.cases.yaml'], { files }).coverage.editions[0]!;
    // organisation.kind is required by the descriptor schema, so appliesTo can never be unknown here.
    expect(coverage.appliesTo).toEqual({ seen: ['true', 'false'], reachable: ['true', 'false'] });
    expect(coverage.rules.map((r) => r.reachable)).toEqual([['pass', 'fail', 'missing', 'not_applicable'], ['pass', 'fail', 'missing', 'not_applicable']]);
  });
});
