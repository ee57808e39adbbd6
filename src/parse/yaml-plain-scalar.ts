// The scalars of the plain YAML reader: how a plain scalar resolves by YAML 1.2's core schema, which
// keys it reads, and how it gives a text up.

const DASH = 45;

class Declined extends Error {}
/** Thrown by the plain reader to give a text up; never seen outside readPlainYaml. */
export const DECLINED = new Declined('not plain YAML');

/** Give the text up (to the full YAML parser). */
export function decline(): never {
  throw DECLINED;
}

/** Keys longer than yaml's limit for implicit keys (1,024 characters) are yaml's to refuse. */
export const LONGEST_KEY = 1000;

/** A plain key: a string by the core schema, at most 1,000 characters, without flow indicators. */
export function plainKey(text: string): string {
  if (text.length > LONGEST_KEY || /[[\]{},]/.test(text) || typeof resolvePlain(text) !== 'string') decline();
  return text;
}

const DECIMAL_INT = /^-?(?:0|[1-9][0-9]*)$/;
const DECIMAL_FLOAT = /^-?(?:0|[1-9][0-9]*)\.[0-9]+$/;
// Every plain scalar the core schema reads as a number: integers (decimal, 0o octal, 0x hex) and
// floats (with a point or an exponent, infinities, not-a-number).
const CORE_NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const NULL_WORDS = new Set(['~', 'null', 'Null', 'NULL']);
const BOOL_WORDS = new Map([['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false]]);

/**
 * A plain scalar by YAML 1.2's core schema: null, a boolean, a number, or text (a date is text in
 * the core schema). Of numbers only plain decimals are read (`12`, `-3`, `0.5`); one in another form
 * (`+1`, `007`, `1e3`, `.5`, `0x1F`, `.inf`) is declined rather than converted here.
 */
export function resolvePlain(text: string): unknown {
  if (NULL_WORDS.has(text)) return null;
  const bool = BOOL_WORDS.get(text);
  if (bool !== undefined) return bool;
  const c = text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 43 || c === DASH || c === 46) {
    if (DECIMAL_INT.test(text)) return parseInt(text, 10);
    if (DECIMAL_FLOAT.test(text)) return parseFloat(text);
    if (CORE_NUMBER.test(text)) decline();
  }
  return text;
}
