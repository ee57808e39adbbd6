/** One step of a path into a document: an object key or an array index. */
export type PathSegment = string | number;

/** RFC 6901 pointer for a list of segments. */
export function toPointer(segments: readonly PathSegment[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Segments of an RFC 6901 pointer; numeric-looking segments stay strings. */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Code-point order, except runs of digits compare by numeric value. Locale-independent. */
export function naturalCompare(a: string, b: string): number {
  return compareNaturalKeys(naturalKey(a), naturalKey(b));
}

/** The runs of digits and non-digits of a string, for sorting many strings with naturalCompare's order. */
export function naturalKey(text: string): readonly string[] {
  return text.match(/\d+|\D+/g) ?? [];
}

/** Compare two naturalKey() results. */
export function compareNaturalKeys(ra: readonly string[], rb: readonly string[]): number {
  for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
    const x = ra[i]!;
    const y = rb[i]!;
    if (x === y) continue;
    const nx = /^\d/.test(x) && /^\d/.test(y);
    if (nx && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return ra.length - rb.length;
}
