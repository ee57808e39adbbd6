import { dayNumber, isIsoDate } from '../shared/dates.js';
import { deepEqual } from '../shared/deep-equal.js';

/** What an operator's `value` must be, checked when a policy is loaded. */
export type ValueShape = 'primitive' | 'primitive-array' | 'number' | 'boolean' | 'date' | 'day-count' | 'count' | 'any' | 'array';

/** What the fact at the condition's path should be, checked against the descriptor schema. */
export type FactShape = 'any' | 'number' | 'date' | 'array';

/** Runtime context an operator may read: the as-of date, never the clock. */
export interface OperatorContext {
  asOf: string;
}

/** One operator: its name, origin, the shapes it accepts and its test. */
export interface OperatorSpec {
  name: string;
  origin: 'json-rules-engine' | 'kanmon';
  value: ValueShape;
  fact: FactShape;
  /** Whether a value may be a fact reference `{ fact, path }` resolved at run time. */
  acceptsFactValue: boolean;
  /** True when the operator answers for an absent fact itself (only `exists`). */
  decidesAbsence: boolean;
  test(fact: unknown, value: unknown, context: OperatorContext): boolean;
  /** One line for the docs and the catalogue. */
  doc: string;
}

// json-rules-engine 7's own number check, kept so its operators keep their exact semantics.
const jreNumber = (v: unknown): boolean => Number.parseFloat(v as string).toString() !== 'NaN';
const indexOf = (haystack: unknown, needle: unknown): number =>
  Array.isArray(haystack) || typeof haystack === 'string' ? (haystack as string).indexOf(needle as string) : -1;

const jre = (name: string, value: ValueShape, fact: FactShape, test: (a: unknown, b: unknown) => boolean, doc: string): OperatorSpec => ({
  name, origin: 'json-rules-engine', value, fact, acceptsFactValue: true, decidesAbsence: false, test: (a, b) => test(a, b), doc,
});
const own = (spec: Omit<OperatorSpec, 'origin' | 'decidesAbsence'> & { decidesAbsence?: boolean }): OperatorSpec => ({
  origin: 'kanmon', decidesAbsence: false, ...spec,
});

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;


const dateCompare = (name: string, doc: string, holds: (fact: number, value: number) => boolean): OperatorSpec =>
  own({
    name, value: 'date', fact: 'date', acceptsFactValue: true, doc,
    test: (a, b) => isIsoDate(a) && isIsoDate(b) && holds(dayNumber(a), dayNumber(b)),
  });
const numberCompare = (name: string, doc: string, holds: (fact: number, value: number) => boolean): OperatorSpec =>
  own({ name, value: 'number', fact: 'number', acceptsFactValue: true, doc, test: (a, b) => isNumber(a) && isNumber(b) && holds(a, b) });
const countCompare = (name: string, doc: string, holds: (count: number, value: number) => boolean): OperatorSpec =>
  own({ name, value: 'count', fact: 'array', acceptsFactValue: false, doc, test: (a, b) => Array.isArray(a) && isCount(b) && holds(a.length, b) });

/** Every operator a condition may use, by name. */
export const OPERATORS: ReadonlyMap<string, OperatorSpec> = new Map(
  [
    jre('equal', 'primitive', 'any', (a, b) => a === b, 'fact === value (json-rules-engine)'),
    jre('notEqual', 'primitive', 'any', (a, b) => a !== b, 'fact !== value (json-rules-engine)'),
    jre('in', 'primitive-array', 'any', (a, b) => indexOf(b, a) > -1, 'fact is one of the values (json-rules-engine)'),
    jre('notIn', 'primitive-array', 'any', (a, b) => indexOf(b, a) === -1, 'fact is none of the values (json-rules-engine)'),
    jre('contains', 'primitive', 'array', (a, b) => Array.isArray(a) && a.indexOf(b) > -1, 'the fact array holds the value (json-rules-engine)'),
    jre('doesNotContain', 'primitive', 'array', (a, b) => Array.isArray(a) && a.indexOf(b) === -1, 'the fact array does not hold the value (json-rules-engine)'),
    jre('lessThan', 'number', 'number', (a, b) => jreNumber(a) && (a as number) < (b as number), 'fact < value (json-rules-engine)'),
    jre('lessThanInclusive', 'number', 'number', (a, b) => jreNumber(a) && (a as number) <= (b as number), 'fact <= value (json-rules-engine)'),
    jre('greaterThan', 'number', 'number', (a, b) => jreNumber(a) && (a as number) > (b as number), 'fact > value (json-rules-engine)'),
    jre('greaterThanInclusive', 'number', 'number', (a, b) => jreNumber(a) && (a as number) >= (b as number), 'fact >= value (json-rules-engine)'),
    own({
      name: 'exists', value: 'boolean', fact: 'any', acceptsFactValue: false,
      doc: 'value true: the fact is stated and not null; value false: it is stated as null ("none"). An absent fact is unknown (missing), like every other comparison.',
      test: (a, b) => (a !== undefined && a !== null) === b,
    }),
    dateCompare('dateBefore', 'fact date < value date (ISO dates; a non-date fact is false)', (a, b) => a < b),
    dateCompare('dateOnOrBefore', 'fact date <= value date', (a, b) => a <= b),
    dateCompare('dateAfter', 'fact date > value date', (a, b) => a > b),
    dateCompare('dateOnOrAfter', 'fact date >= value date', (a, b) => a >= b),
    own({
      name: 'dateWithinNextDays', value: 'day-count', fact: 'date', acceptsFactValue: false,
      doc: 'asOf <= fact date <= asOf + value days',
      test: (a, b, ctx) => isIsoDate(a) && isCount(b) && dayNumber(a) >= dayNumber(ctx.asOf) && dayNumber(a) <= dayNumber(ctx.asOf) + b,
    }),
    own({
      name: 'dateWithinPastDays', value: 'day-count', fact: 'date', acceptsFactValue: false,
      doc: 'asOf - value days <= fact date <= asOf',
      test: (a, b, ctx) => isIsoDate(a) && isCount(b) && dayNumber(a) <= dayNumber(ctx.asOf) && dayNumber(a) >= dayNumber(ctx.asOf) - b,
    }),
    numberCompare('numberAtLeast', 'fact >= value; both finite numbers (no string coercion)', (a, b) => a >= b),
    numberCompare('numberAtMost', 'fact <= value; both finite numbers', (a, b) => a <= b),
    numberCompare('numberAbove', 'fact > value; both finite numbers', (a, b) => a > b),
    numberCompare('numberBelow', 'fact < value; both finite numbers', (a, b) => a < b),
    own({ name: 'deepEqual', value: 'any', fact: 'any', acceptsFactValue: true, doc: 'structural equality (key order ignored)', test: (a, b) => deepEqual(a, b) }),
    own({
      name: 'includesAny', value: 'array', fact: 'array', acceptsFactValue: true,
      doc: 'the fact array holds at least one of the values (deep equality); an empty fact array is false',
      test: (a, b) => Array.isArray(a) && Array.isArray(b) && b.some((x) => a.some((y) => deepEqual(x, y))),
    }),
    own({
      name: 'includesAll', value: 'array', fact: 'array', acceptsFactValue: true,
      doc: 'the fact array holds every one of the values; an empty value list is true',
      test: (a, b) => Array.isArray(a) && Array.isArray(b) && b.every((x) => a.some((y) => deepEqual(x, y))),
    }),
    own({
      name: 'subsetOf', value: 'array', fact: 'array', acceptsFactValue: true,
      doc: 'every element of the fact array is among the values; an empty fact array is true',
      test: (a, b) => Array.isArray(a) && Array.isArray(b) && a.every((x) => b.some((y) => deepEqual(x, y))),
    }),
    countCompare('countAtLeast', 'the fact array has at least value elements', (n, v) => n >= v),
    countCompare('countAtMost', 'the fact array has at most value elements', (n, v) => n <= v),
    countCompare('countEquals', 'the fact array has exactly value elements', (n, v) => n === v),
  ].map((op) => [op.name, op]),
);
