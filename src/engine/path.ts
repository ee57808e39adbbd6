import type { PathSegment } from '../shared/json-pointer.js';

/** A parsed safe path: `$`, then `.name`, `[0]` or `['any key']` steps. No filters, no scripts. */
export type ParsedPath = readonly PathSegment[];

const STEP = /^(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d{1,9})\]|\['((?:[^'\\]|\\.)*)'\])/;

/** Parse a safe path, or return undefined when it is outside the subset. */
export function parsePath(path: string): ParsedPath | undefined {
  if (!path.startsWith('$')) return undefined;
  const segments: PathSegment[] = [];
  let rest = path.slice(1);
  while (rest.length > 0) {
    const m = STEP.exec(rest);
    if (!m) return undefined;
    if (m[1] !== undefined) segments.push(m[1]);
    else if (m[2] !== undefined) segments.push(Number(m[2]));
    else segments.push(m[3]!.replace(/\\(.)/g, '$1'));
    rest = rest.slice(m[0].length);
  }
  return segments;
}

/** Read the value at a parsed path, following own properties only; absent steps give undefined. */
export function readPath(root: unknown, segments: ParsedPath): unknown {
  let value: unknown = root;
  for (const segment of segments) {
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
      const key = String(segment);
      if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
      value = (value as Record<string, unknown>)[key];
    }
  }
  return value;
}
