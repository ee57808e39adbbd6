import fc from 'fast-check';
import descriptorSchema from '../../schemas/descriptor.schema.json';
import type { KanmonDescriptor } from '../../src/descriptor/types.generated.js';

interface Node {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  $ref?: string;
  pattern?: string;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  minimum?: number;
  maximum?: number;
  minLength?: number;
}

const root = descriptorSchema as unknown as Node & { $defs: Record<string, Node> };

// Dates cluster around the editions' boundaries so comparisons go both ways.
const DATES = ['2013-03-01', '2015-03-31', '2015-04-01', '2016-09-01', '2019-02-25', '2019-10-28', '2020-06-30', '2021-03-31', '2022-11-01', '2024-10-01', '2026-04-01'];

/** Arbitrary ISO date near the dates rules care about. */
export const isoDate = fc.oneof(fc.constantFrom(...DATES), fc.date({ min: new Date('2010-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));

function arbitraryFor(node: Node, depth: number): fc.Arbitrary<unknown> {
  if (node.$ref) return arbitraryFor(root.$defs[node.$ref.replace('#/$defs/', '')]!, depth);
  if (node.const !== undefined) return fc.constant(node.const);
  if (node.enum) return fc.constantFrom(...node.enum);
  if (Array.isArray(node.type)) {
    // A type that admits null states "none" explicitly: generate both the value and null.
    const others = node.type.filter((t) => t !== 'null');
    const value = arbitraryFor({ ...node, type: others.length === 1 ? others[0]! : others }, depth);
    return node.type.includes('null') ? fc.oneof(value, fc.constant(null)) : value;
  }
  if (node.format === 'date') return isoDate;
  switch (node.type) {
    case 'boolean': return fc.boolean();
    case 'integer': return fc.integer({ min: node.minimum ?? 0, max: Math.min(node.maximum ?? 5000, 5000) });
    case 'number': return fc.oneof(fc.integer({ min: node.minimum ?? 0, max: 1_000_000 }), fc.double({ min: node.minimum ?? 0, max: 1e9, noNaN: true, noDefaultInfinity: true }));
    case 'string':
      if (node.pattern) return fc.stringMatching(new RegExp(node.pattern)).filter((s) => s.length >= (node.minLength ?? 0) && s.length <= 200);
      return fc.string({ minLength: Math.max(node.minLength ?? 0, 0), maxLength: 12 });
    case 'array':
      return depth > 4 ? fc.constant([]) : fc.array(arbitraryFor(node.items!, depth + 1), { maxLength: 3 });
    case 'object': {
      const props = Object.fromEntries(Object.entries(node.properties ?? {}).filter(([k]) => k !== '$schema').map(([k, v]) => [k, arbitraryFor(v, depth + 1)]));
      return fc.record(props, { requiredKeys: (node.required ?? []).filter((k) => k in props) });
    }
    default:
      return fc.constant(null);
  }
}

/** Schema-valid descriptors, generated from schemas/descriptor.schema.json itself. */
export const descriptorArbitrary: fc.Arbitrary<KanmonDescriptor> = arbitraryFor(root, 0) as fc.Arbitrary<KanmonDescriptor>;

/** Recursively shuffle object keys (same content, another key order). */
export function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v, i) => shuffleKeys(v, seed + i));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  entries.sort(([a], [b]) => hash(a, seed) - hash(b, seed));
  return Object.fromEntries(entries.map(([k, v]) => [k, shuffleKeys(v, seed + 7)]));
}

function hash(text: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 2654435761);
  return h >>> 0;
}

/** Number of runs for property tests: at least 1,000 in CI. */
export const RUNS = process.env.CI ? 1000 : 150;
