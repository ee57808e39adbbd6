import { describe, expect, it } from 'vitest';
import type { CompiledCondition } from '../../src/engine/compiled.js';
import { evaluateCondition } from '../../src/engine/conditions.js';
import { OPERATORS } from '../../src/engine/operators.js';
import { parsePath } from '../../src/engine/path.js';

const ctx = { asOf: '2020-06-30' };
const test = (name: string, fact: unknown, value: unknown) => OPERATORS.get(name)!.test(fact, value, ctx);

// Truth of a single comparison with kanmon's three-valued logic (absent → unknown).
const truth = (name: string, fact: unknown, value: unknown) => {
  const leaf: CompiledCondition = { kind: 'leaf', fact: 'f', path: '$.v', segments: parsePath('$.v')!, operator: OPERATORS.get(name)!, value };
  return evaluateCondition(leaf, () => ({ value: fact === undefined ? {} : { v: fact }, pointer: '/f' }), ctx).truth;
};

describe('kanmon operators: documented semantics', () => {
  it.each([
    ['exists', 'x', true, true], ['exists', 0, true, true], ['exists', null, true, false], ['exists', null, false, true], ['exists', 'x', false, false],
    ['dateBefore', '2020-01-01', '2020-01-02', true], ['dateBefore', '2020-01-02', '2020-01-02', false],
    ['dateOnOrBefore', '2020-01-02', '2020-01-02', true], ['dateAfter', '2021-01-01', '2020-12-31', true],
    ['dateOnOrAfter', '2020-12-31', '2020-12-31', true], ['dateBefore', 'not a date', '2020-01-01', false],
    ['dateWithinNextDays', '2020-09-28', 90, true], ['dateWithinNextDays', '2020-09-29', 90, false], ['dateWithinNextDays', '2020-06-29', 90, false],
    ['dateWithinPastDays', '2020-04-01', 90, true], ['dateWithinPastDays', '2020-03-31', 90, false], ['dateWithinPastDays', '2020-06-30', 0, true],
    ['numberAtLeast', 30, 30, true], ['numberAtLeast', '30', 30, false], ['numberAbove', 30, 30, false], ['numberBelow', 29.5, 30, true], ['numberAtMost', 31, 30, false],
    ['deepEqual', { a: [1, { b: 2 }], c: 3 }, { c: 3, a: [1, { b: 2 }] }, true], ['deepEqual', [1, 2], [2, 1], false],
    ['includesAny', ['a', 'b'], ['c', 'b'], true], ['includesAny', [], ['a'], false], ['includesAny', ['a'], [], false],
    ['includesAll', ['a', 'b'], ['b', 'a'], true], ['includesAll', ['a'], [], true], ['includesAll', ['a'], ['a', 'c'], false],
    ['subsetOf', [], ['a'], true], ['subsetOf', ['a', 'x'], ['a', 'b'], false], ['subsetOf', ['tokyo'], ['tokyo', 'osaka'], true],
    ['countAtLeast', [1, 2], 2, true], ['countAtMost', [1, 2, 3], 2, false], ['countEquals', [], 0, true], ['countEquals', 'ab', 2, false],
  ])('%s(%j, %j) is %s', (name, fact, value, expected) => {
    expect(test(name, fact, value)).toBe(expected);
  });

  it('an absent fact is unknown (missing) for every operator, exists included; null is a stated "none"', () => {
    for (const [name, op] of OPERATORS) {
      const value = op.value === 'boolean' ? true : op.value.includes('array') ? [] : op.value === 'date' ? '2020-01-01' : 1;
      expect(truth(name, undefined, value), name).toBe('unknown');
    }
    expect(truth('exists', undefined, false)).toBe('unknown');
    expect(truth('exists', null, false)).toBe('true');
    expect(truth('exists', null, true)).toBe('false');
    expect(truth('dateBefore', null, '2020-01-01')).toBe('false');
    expect(truth('equal', null, null)).toBe('true');
  });

  it("json-rules-engine's operators keep its semantics, quirks included", () => {
    expect(test('in', 'a', 'abc')).toBe(true); // a string value is searched as a substring, as in json-rules-engine
    expect(test('lessThan', '5', 10)).toBe(true); // its number check accepts numeric strings
    expect(test('contains', 'abc', 'a')).toBe(false); // contains needs an array fact
    expect(test('notEqual', 1, '1')).toBe(true);
  });

  it('every operator is documented', () => {
    for (const op of OPERATORS.values()) expect(op.doc.length, op.name).toBeGreaterThan(10);
  });
});

describe('three-valued groups', () => {
  const leafOn = (v: unknown): CompiledCondition => ({ kind: 'leaf', fact: 'f', path: '$.v', segments: parsePath('$.v')!, operator: OPERATORS.get('equal')!, value: v });
  const run = (node: CompiledCondition, fact: unknown) => evaluateCondition(node, () => ({ value: fact }), ctx).truth;
  it('any: a true child decides even when another is unknown; all: a false child decides', () => {
    const known = { kind: 'leaf', fact: 'f', path: '$.k', segments: parsePath('$.k')!, operator: OPERATORS.get('equal')!, value: 1 } as CompiledCondition;
    expect(run({ kind: 'any', children: [leafOn(1), known] }, { k: 1 })).toBe('true');
    expect(run({ kind: 'all', children: [leafOn(1), known] }, { k: 2 })).toBe('false');
    expect(run({ kind: 'all', children: [leafOn(1), known] }, { k: 1 })).toBe('unknown');
    expect(run({ kind: 'not', child: leafOn(1) }, {})).toBe('unknown');
  });
});

describe('a fact reference scaled by times', () => {
  const scaled = (current: number, expected: number, times: number) => {
    const leaf: CompiledCondition = {
      kind: 'leaf', fact: 'f', path: '$.expected', segments: parsePath('$.expected')!, operator: OPERATORS.get('numberAtMost')!, value: undefined,
      valueRef: { fact: 'f', path: '$.current', segments: parsePath('$.current')!, times },
    };
    return evaluateCondition(leaf, () => ({ value: { current, expected }, pointer: '/f' }), ctx).truth;
  };
  it('meets a boundary that holds on paper, though 3 × 0.7 is 2.0999999999999996 in binary floating point', () => {
    expect(3 * 0.7).not.toBe(2.1);
    expect(scaled(3, 2.1, 0.7)).toBe('true');
    expect(scaled(3, 2.1000001, 0.7)).toBe('false');
    expect(scaled(1_234_567_890, 864_197_523, 0.7)).toBe('true');
    expect(scaled(1_234_567_890, 864_197_524, 0.7)).toBe('false');
  });
});
