import { formatValue } from '../shared/messages.js';
import { factValue, type Scope } from '../engine/program.js';
import { readPath } from '../engine/path.js';
import { PLACEHOLDER, placeholderAlternatives } from '../policy/compile-edition.js';

// A rule's message is a template with `{fact.path}` placeholders. Each template is split once into
// its literal parts and its placeholders; filling it is then a concatenation.

type Part = string | { alternatives: { fact: string; segments: string[] }[]; whole: string };

const cache = new Map<string, readonly Part[]>();

function partsOf(template: string): readonly Part[] {
  let parts = cache.get(template);
  if (parts) return parts;
  const list: Part[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > last) list.push(template.slice(last, m.index));
    list.push({ alternatives: placeholderAlternatives(m[1]!).map(({ fact, steps }) => ({ fact, segments: steps })), whole: m[0] });
    last = m.index + m[0].length;
  }
  if (last < template.length) list.push(template.slice(last));
  parts = list;
  cache.set(template, parts);
  return parts;
}

/**
 * Fill a rule template's `{fact.path}` placeholders from the facts in scope: of `{a|b}` the first
 * present value; a placeholder with no present value shows as —.
 */
export function fillTemplate(template: string, scope: Scope): string {
  const parts = partsOf(template);
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') { out += part; continue; }
    let value: unknown;
    for (const { fact, segments } of part.alternatives) {
      const base = factValue(scope, fact);
      value = segments.length === 0 ? base : readPath(base, segments);
      if (value !== undefined) break;
    }
    out += value === undefined ? '—' : formatValue(value);
  }
  return out;
}

/** Fill `{name}` placeholders from a table of values; unknown names stay visible. */
export function fillNamed(template: string, values: Readonly<Record<string, unknown>>): string {
  const parts = partsOf(template);
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if (part.alternatives.length === 1 && part.alternatives[0]!.segments.length === 0 && Object.prototype.hasOwnProperty.call(values, part.alternatives[0]!.fact)) {
      out += formatValue(values[part.alternatives[0]!.fact]);
    }
    else out += part.whole;
  }
  return out;
}
