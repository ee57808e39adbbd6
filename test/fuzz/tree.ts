import fc from 'fast-check';

// Mutations of a parsed document (a descriptor or a pack edition) as plain data: each mutation is
// data that fast-check generates and shrinks, applied to a fresh copy of a seed. A mutation picks
// its place by a number taken modulo the count of places, so it always lands somewhere.

/** Object.prototype names and their kin: never properties of kanmon's data, always a hostile key or name. */
export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__', 'prototype'] as const;

/** One place in a tree: its container and key (none for the root), and its value. */
export interface Place {
  parent: Record<string, unknown> | unknown[] | undefined;
  key: string | number | undefined;
  value: unknown;
  depth: number;
}

/** Every place of a tree in document order, walked without recursion. */
export function places(root: unknown): Place[] {
  const out: Place[] = [];
  const stack: Place[] = [{ parent: undefined, key: undefined, value: root, depth: 0 }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const place = stack.pop()!;
    out.push(place);
    const v = place.value;
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    const children: Place[] = Array.isArray(v)
      ? Array.from(v as unknown[], (child, i) => ({ parent: v as unknown[], key: i, value: child, depth: place.depth + 1 }))
      : Object.keys(v).map((k) => ({ parent: v as Record<string, unknown>, key: k, value: (v as Record<string, unknown>)[k], depth: place.depth + 1 }));
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** Set a property as an own data property, even `__proto__`. */
export function setOwn(target: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** A value made to break assumptions: wrong types, edge numbers, blank and huge text, deep structures. */
export type Weird = { kind: 'value'; value: unknown } | { kind: 'long'; unit: string; length: number } | { kind: 'deep'; depth: number; array: boolean } | { kind: 'many'; length: number };

const EDGE_STRINGS = [
  '', ' ', '\u3000', '\t', '\n', '\u00a0', '__proto__', 'constructor', 'toString', 'null', 'true', '0', '-0', '1e400', '０１',
  '2019-02-29', '2020-02-29', '2019-13-01', '2019-1-1', '0000-01-01', '9999-12-31', '2019-02-25T00:00:00Z', '令和元年5月1日',
  '$', '$.a', "$['x-a']", '{item.id}', '{constructor}', '\ud800', '\u202e', '\ufeff', '*a', '&a', '!!binary', '%YAML', '---',
];
const EDGE_NUMBERS = [0, -0, 1, -1, 0.5, 3, 48, 100, 2019, 1e21, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, Number.MIN_VALUE, 5e-324];

/** A size, mostly up to `usual`, one time in fifty up to `huge`. */
export function sizeArbitrary(min: number, usual: number, huge: number): fc.Arbitrary<number> {
  return fc.oneof({ weight: 49, arbitrary: fc.integer({ min, max: usual }) }, { weight: 1, arbitrary: fc.integer({ min: usual, max: huge }) });
}

/** JSON-representable weird values (YAML adds the non-finite numbers). */
export function weirdArbitrary(nonFinite: boolean): fc.Arbitrary<Weird> {
  const scalar = fc.oneof(
    fc.constantFrom<unknown>(...EDGE_STRINGS, ...EDGE_NUMBERS, true, false, null, [], {}),
    ...(nonFinite ? [fc.constantFrom<unknown>(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY)] : []),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.integer(), fc.double({ noNaN: !nonFinite, noDefaultInfinity: !nonFinite }),
    fc.jsonValue({ maxDepth: 3 }),
  ).map((value): Weird => ({ kind: 'value', value }));
  return fc.oneof(
    { weight: 12, arbitrary: scalar },
    // Huge values are few: each costs a hundred ordinary cases, and one in a campaign finds what a thousand would.
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('long' as const), unit: fc.constantFrom('a', 'あ', '𠮷', ' ', '\\', '"', '{x}'), length: sizeArbitrary(200, 4000, 120_000) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('deep' as const), depth: fc.integer({ min: 2, max: 140 }), array: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('many' as const), length: sizeArbitrary(2, 200, 3000) }) },
  );
}

/** The value a Weird stands for, built fresh. */
export function materialise(weird: Weird): unknown {
  switch (weird.kind) {
    case 'value': return structuredClone(weird.value);
    case 'long': return weird.unit.repeat(weird.length);
    case 'deep': {
      let v: unknown = 'bottom';
      for (let i = 0; i < weird.depth; i++) v = weird.array ? [v] : { 'x-n': v };
      return v;
    }
    case 'many': return Array.from({ length: weird.length }, (_, i) => ({ id: `i${i}` }));
  }
}

/** A mutation of a tree, placed by `at` (modulo the number of places). */
export type TreeOp =
  | { op: 'delete'; at: number }
  | { op: 'set'; at: number; value: Weird }
  | { op: 'add'; at: number; key: string; value: Weird }
  | { op: 'rename'; at: number; key: string }
  | { op: 'wrap'; at: number; depth: number; array: boolean }
  | { op: 'repeat'; at: number; times: number }
  | { op: 'graft'; at: number; from: number };

/** Keys a mutation may add or rename to: prototype names, extension keys, known names, anything. */
export function keyArbitrary(known: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
    { weight: 2, arbitrary: fc.constantFrom('x-a', 'x-', 'x-__proto__', 'x-constructor', 'x-toString', 'x-ext') },
    { weight: 3, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.constantFrom('', '0', '1', '-1', 'length', '$', '.', '~', '/', 'a/b', 'a~1b', '<<', '?', ':', '#', '&a', '*a', 'ｉｄ') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  );
}

/** Tree mutations; `nonFinite` lets NaN and ±Infinity in (YAML and direct values, not JSON). */
export function treeOpArbitrary(known: readonly string[], nonFinite: boolean): fc.Arbitrary<TreeOp> {
  const at = fc.nat();
  const weird = weirdArbitrary(nonFinite);
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('delete' as const), at }) },
    { weight: 5, arbitrary: fc.record({ op: fc.constant('set' as const), at, value: weird }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('add' as const), at, key: keyArbitrary(known), value: weird }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), at, key: keyArbitrary(known) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('wrap' as const), at, depth: fc.integer({ min: 1, max: 120 }), array: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('repeat' as const), at, times: sizeArbitrary(2, 40, 400) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('graft' as const), at, from: fc.nat() }) },
  );
}

/** Apply one mutation in place (the root itself is never replaced, so it stays the document). */
export function applyTreeOp(root: unknown, op: TreeOp): void {
  const all = places(root);
  const inner = all.slice(1);
  const pick = (n: number): Place | undefined => (inner.length === 0 ? undefined : inner[n % inner.length]);
  const containers = all.filter((p) => p.value !== null && typeof p.value === 'object');
  switch (op.op) {
    case 'delete': {
      const p = pick(op.at);
      if (!p) return;
      if (Array.isArray(p.parent)) p.parent.splice(p.key as number, 1);
      else delete (p.parent as Record<string, unknown>)[p.key as string];
      return;
    }
    case 'set': case 'wrap': case 'graft': {
      const p = pick(op.at);
      if (!p) return;
      let value: unknown;
      if (op.op === 'set') value = materialise(op.value);
      else if (op.op === 'graft') value = structuredClone(all[op.from % all.length]!.value);
      else {
        value = p.value;
        for (let i = 0; i < op.depth; i++) value = op.array ? [value] : { 'x-n': value };
      }
      setOwn(p.parent!, p.key!, value);
      return;
    }
    case 'add': {
      const c = containers[op.at % containers.length];
      if (!c) return;
      const target = c.value as Record<string, unknown> | unknown[];
      if (Array.isArray(target)) target.push(materialise(op.value));
      else setOwn(target, op.key, materialise(op.value));
      return;
    }
    case 'rename': {
      const p = pick(op.at);
      if (!p || Array.isArray(p.parent) || p.parent === undefined || p.key === op.key) return;
      delete p.parent[p.key as string];
      setOwn(p.parent, op.key, p.value);
      return;
    }
    case 'repeat': {
      const arrays = containers.filter((c) => Array.isArray(c.value) && (c.value as unknown[]).length > 0);
      const a = arrays[op.at % Math.max(arrays.length, 1)];
      if (!a) return;
      const list = a.value as unknown[];
      const first = list[0];
      for (let i = 1; i < op.times; i++) list.push(structuredClone(first));
      return;
    }
  }
}
