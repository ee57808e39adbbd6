// The bench's pure parts, checked without timing anything: order statistics, statuses, and that
// the baselines (closures, json-rules-engine translation) and the synthetic pack compute what kanmon
// computes. The adapter's kanmon (dist/) is swapped for the sources, so no build is needed here.
import { describe, expect, it, vi } from 'vitest';
import { createClosureBaseline } from './baselines/sg-2021-09-closures.mjs';
import { createDotPathResolver, createJreBaseline } from './baselines/jre.mjs';
import { corpusDescriptors, exampleDescriptors, scaledDescriptor } from './corpus.mjs';
import { bundledEdition, compileEditionText, evaluatePinned, evaluateWithEditions, findingStatuses, isValidDescriptor, operators, ruleModel } from './kanmon-adapter.mjs';
import { median, percentile } from './stats.mjs';
import { applyExemptions, compareStatuses, listPointer, statusMap, statusOf } from './statuses.mjs';
import { SYNTHETIC_DESCRIPTOR, syntheticPack } from './synthetic.mjs';

vi.mock('../../dist/index.js', () => import('../../src/index.ts'));
vi.mock('../../dist/cli-api.js', () => import('../../src/cli/api.ts'));

describe('order statistics', () => {
  it('median takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('p99 is by nearest rank: the 99th of 100 values, the largest of fewer', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile([7, 3, 5], 99)).toBe(7);
    expect(percentile([7, 3, 5], 50)).toBe(5);
  });
});

describe('statuses', () => {
  it('a false when is not_applicable, an unknown one missing, then the check decides', () => {
    expect(statusOf('false', () => 'true')).toBe('not_applicable');
    expect(statusOf('unknown', () => 'true')).toBe('missing');
    expect(statusOf(undefined, 'unknown')).toBe('missing');
    expect(statusOf('true', () => 'false')).toBe('fail');
  });

  it('an exempting rule that passes turns a fail into not_applicable, per item when it runs per item', () => {
    const results = [
      { ruleId: 'A', pointer: '/l/0', status: 'fail' }, { ruleId: 'A', pointer: '/l/1', status: 'fail' },
      { ruleId: 'B', pointer: '/l/1', status: 'pass' },
    ];
    const out = applyExemptions(results, [{ ruleId: 'A', by: 'B', byForEach: true }]);
    expect(out.map((r) => r.status)).toEqual(['fail', 'not_applicable', 'pass']);
  });

  it('a failure whose exempting rule is missing becomes missing: whether it is exempt cannot be told', () => {
    const results = [{ ruleId: 'A', pointer: '', status: 'fail' }, { ruleId: 'B', pointer: '', status: 'missing' }];
    expect(applyExemptions(results, [{ ruleId: 'A', by: 'B', byForEach: false }]).map((r) => r.status)).toEqual(['missing', 'missing']);
  });

  it('keys statuses by rule, and by item for forEach rules', () => {
    const map = statusMap([{ ruleId: 'A', pointer: '/x/y', status: 'pass' }, { ruleId: 'B', pointer: '/l/3', status: 'fail' }], new Map([['B', listPointer('$.l')]]));
    expect([...map]).toEqual([['A', 'pass'], ['B /l/3', 'fail']]);
    expect(compareStatuses(map, new Map([['A', 'pass'], ['B /l/3', 'pass']]))).toMatchObject({ equal: 1, total: 2 });
  });
});

describe('baselines compute kanmon’s statuses (standard-guideline@2021-09)', () => {
  const model = ruleModel(bundledEdition('standard-guideline', '2021-09'));
  const lists = new Map(model.rules.filter((r) => r.forEach).map((r) => [r.id, listPointer(r.forEach)]));
  const descriptors = [...exampleDescriptors().map((e) => e.value), ...corpusDescriptors(40, isValidDescriptor)];
  const kanmon = descriptors.map((d) => statusMap(findingStatuses(evaluatePinned(d, 'standard-guideline', '2021-09')), lists));

  it('the generated corpus is valid, varied and the same on every run', () => {
    expect(corpusDescriptors(40, isValidDescriptor)).toEqual(descriptors.slice(-40));
    const statuses = new Set(kanmon.flatMap((m) => [...m.values()]));
    expect([...statuses].sort()).toEqual(['fail', 'missing', 'not_applicable', 'pass']);
    expect(isValidDescriptor(scaledDescriptor(50))).toBe(true);
  });

  it('ajv + hand-written closures', () => {
    const closures = createClosureBaseline();
    descriptors.forEach((d, i) => expect(compareStatuses(kanmon[i], statusMap(closures(d), lists)).differences).toEqual([]));
  });

  it('json-rules-engine with its default path resolver and with the dot-path resolver', async () => {
    for (const jre of [createJreBaseline(model, operators()), createJreBaseline(model, operators(), { pathResolver: createDotPathResolver() })]) {
      for (const [i, d] of descriptors.entries()) expect(compareStatuses(kanmon[i], statusMap(await jre(d), lists)).differences).toEqual([]);
    }
  });
});

describe('synthetic pack', () => {
  it('kanmon passes exactly the rules whose conditions hold by construction, and Cedar gets one policy per rule', () => {
    const pack = syntheticPack(50);
    const report = evaluateWithEditions(SYNTHETIC_DESCRIPTOR, [compileEditionText(pack.yaml, 'synthetic.yaml')], SYNTHETIC_DESCRIPTOR.evaluatedOn);
    const passes = findingStatuses(report).filter((f) => f.status === 'pass').map((f) => f.ruleId).sort();
    expect(passes).toEqual(pack.expectedPasses);
    expect(passes.length).toBeGreaterThan(5);
    expect(passes.length).toBeLessThan(45);
    expect(Object.keys(pack.cedar)).toHaveLength(50);
    expect(syntheticPack(50)).toEqual(pack);
  });
});
