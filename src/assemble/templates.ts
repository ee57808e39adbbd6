import { formatValue } from '../shared/messages.js';
import { factValue, type Scope } from '../engine/program.js';
import { readPath } from '../engine/path.js';

// A rule's message is a template with `{fact.path}` placeholders. Each template is split once into
// its literal parts and its placeholders; filling it is then a concatenation.

type Part = string | { fact: string; segments: string[]; whole: string };

const cache = new Map<string, readonly Part[]>();
const PLACEHOLDER = /\{([A-Za-z0-9_.]+)\}/g;

function partsOf(template: string): readonly Part[] {
  let parts = cache.get(template);
  if (parts) return parts;
  const list: Part[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > last) list.push(template.slice(last, m.index));
    const [fact, ...segments] = m[1]!.split('.');
    list.push({ fact: fact!, segments, whole: m[0] });
    last = m.index + m[0].length;
  }
  if (last < template.length) list.push(template.slice(last));
  parts = list;
  cache.set(template, parts);
  return parts;
}

/** Fill a rule template's `{fact.path}` placeholders from the facts in scope; an absent value shows as —. */
export function fillTemplate(template: string, scope: Scope): string {
  const parts = partsOf(template);
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') { out += part; continue; }
    const base = factValue(scope, part.fact);
    const value = part.segments.length === 0 ? base : readPath(base, part.segments);
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
    else if (part.segments.length === 0 && Object.prototype.hasOwnProperty.call(values, part.fact)) out += formatValue(values[part.fact]);
    else out += part.whole;
  }
  return out;
}
