/** Where a formatter's output goes, piece by piece. */
export type Write = (chunk: string) => void;

/** A list whose elements are built when they are read (a FindingList is one): written as a JSON array. */
export interface Sequence<T> {
  readonly length: number;
  at(i: number): T;
}

const isSequence = (value: unknown): value is Sequence<unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
  && typeof (value as Sequence<unknown>).at === 'function' && typeof (value as Sequence<unknown>).length === 'number';

/** JSON.stringify(value, null, 2), indented to sit at `indent`. */
function stringifyAt(value: unknown, indent: string): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text === undefined || indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
}

/**
 * Write a value exactly as `JSON.stringify(value, null, 2)` would, in pieces: a Sequence (a
 * FindingList, say) is written as an array, one element at a time, so a report of any size is never
 * one string in memory.
 * Objects and arrays are walked down to `depth` levels (where the lists are); below, stringified whole.
 */
export function writeJson(value: unknown, write: Write, depth = 4): void {
  put(value, '', depth, write);
}

function put(value: unknown, indent: string, depth: number, write: Write): void {
  if (isSequence(value)) {
    if (value.length === 0) { write('[]'); return; }
    const inner = `${indent}  `;
    write('[');
    for (let i = 0; i < value.length; i++) write(`${i > 0 ? ',' : ''}\n${inner}${stringifyAt(value.at(i), inner)!}`);
    write(`\n${indent}]`);
    return;
  }
  if (depth === 0 || typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    write(stringifyAt(value, indent) ?? 'null');
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) { write('[]'); return; }
    write('[');
    value.forEach((element: unknown, i) => {
      write(`${i > 0 ? ',' : ''}\n${inner}`);
      if (element === undefined || typeof element === 'function' || typeof element === 'symbol') write('null');
      else put(element, inner, depth - 1, write);
    });
    write(`\n${indent}]`);
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) { write('{}'); return; }
  write('{');
  entries.forEach(([key, v], i) => {
    write(`${i > 0 ? ',' : ''}\n${inner}${JSON.stringify(key)}: `);
    put(v, inner, depth - 1, write);
  });
  write(`\n${indent}}`);
}

/** Collect what a writer writes into one string (for callers that want the whole output). */
export function collect(produce: (write: Write) => void): string {
  const parts: string[] = [];
  produce((chunk) => { parts.push(chunk); });
  return parts.join('');
}
