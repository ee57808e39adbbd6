import type { PathSegment } from '../shared/json-pointer.js';

/** A parsed path: `$`, then `.name` and `[index]` steps. A closed grammar: no quoted keys, filters, scripts, wildcards or recursive descent. */
export type ParsedPath = readonly PathSegment[];

const STEP = /^(?:\.([A-Za-z_$][A-Za-z0-9_$-]*)|\[(0|[1-9]\d{0,8})\])/;

/** Names of Object.prototype members: never a fact or a step, so a policy can never reach JavaScript internals. */
export const PROTOTYPE_NAMES: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype',
]);

/** Parse a path of the closed grammar, or return undefined when it is outside it (or names a prototype member). */
export function parsePath(path: string): ParsedPath | undefined {
  if (!path.startsWith('$')) return undefined;
  const segments: PathSegment[] = [];
  let rest = path.slice(1);
  while (rest.length > 0) {
    const m = STEP.exec(rest);
    if (!m) return undefined;
    if (m[1] !== undefined) {
      if (PROTOTYPE_NAMES.has(m[1])) return undefined;
      segments.push(m[1]);
    } else segments.push(Number(m[2]));
    rest = rest.slice(m[0].length);
  }
  return segments;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Read the value at a parsed path, following own properties only; absent steps give undefined. */
export function readPath(root: unknown, segments: ParsedPath): unknown {
  let value: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    // json-rules-engine's JSONPath resolver indexes into strings; kanmon does the same so both agree
    // (the loader rejects such a path in a policy, since a string field has no items).
    if (typeof value === 'string' && typeof segment === 'number') {
      value = segment < value.length ? value[segment] : undefined;
      continue;
    }
    if (value === null || typeof value !== 'object') return undefined;
    if (Array.isArray(value)) {
      if (typeof segment !== 'number') return undefined;
      value = value[segment];
    } else {
      if (typeof segment === 'number' || !hasOwn.call(value, segment)) return undefined;
      value = (value as Record<string, unknown>)[segment];
    }
  }
  return value;
}
