import type { CompiledLeaf, CompiledRule } from '../engine/compiled.js';
import type { PathSegment } from '../shared/json-pointer.js';
import { descriptorRoot, factSchema, itemSchema, schemaAt, type SchemaNode } from '../policy/schema-paths.js';

// The schema nodes are the descriptor schema itself, so `required` is there even though the path
// checker does not need it.
type Node = SchemaNode & { required?: readonly string[] };

/**
 * Whether a valid descriptor may lack the value a path leads to, so that a comparison on it can
 * come out unknown. Evaluation only ever sees descriptors that passed the schema, so a value every
 * step of whose path is required is always there; anything the schema does not pin down may be absent.
 * `known` says how many leading steps are known to be there (the fact itself included, even for none):
 * a value read at or below them was present.
 */
export function canBeAbsent(fact: string, segments: readonly PathSegment[], rule: Pick<CompiledRule, 'forEach'>, known?: number): boolean {
  if (fact === 'asOf') return false;
  let node: Node | undefined;
  if (fact === 'item') {
    const list = rule.forEach ? schemaAt(descriptorRoot, rule.forEach.segments) : undefined;
    node = list ? itemSchema(list) : undefined;
  } else {
    node = known !== undefined || (descriptorRoot as Node).required?.includes(fact) ? factSchema(fact) : undefined;
  }
  for (const [i, segment] of segments.entries()) {
    const present = known !== undefined && i < known;
    if (!node || (!present && (typeof segment === 'number' || !node.required?.includes(segment)))) return true;
    node = schemaAt(node, [segment]);
  }
  return node === undefined;
}

/** Whether a leaf comparison can be unknown: its operator does not decide absence, and a value it reads may be absent. */
export function leafCanBeUnknown(leaf: CompiledLeaf, rule: Pick<CompiledRule, 'forEach'>): boolean {
  if (leaf.operator.decidesAbsence || leaf.ifAbsent !== undefined) return false;
  return canBeAbsent(leaf.fact, leaf.segments, rule) || (leaf.valueRef !== undefined && canBeAbsent(leaf.valueRef.fact, leaf.valueRef.segments, rule));
}
