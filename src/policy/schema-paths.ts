import descriptorSchema from '../../schemas/descriptor.schema.json';
import type { PathSegment } from '../shared/json-pointer.js';

/** A node of the descriptor JSON Schema, as far as path checking needs it. */
export interface SchemaNode {
  type?: string;
  format?: string;
  enum?: readonly unknown[];
  const?: unknown;
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** The shape of the value a path leads to, for operator compatibility checks. */
export type SchemaShape = 'date' | 'number' | 'string' | 'boolean' | 'array' | 'object' | 'unknown';

const root = descriptorSchema as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };
const FREE: SchemaNode = {};

function deref(node: SchemaNode): SchemaNode {
  let current = node;
  for (let guard = 0; current.$ref !== undefined && guard < 10; guard++) {
    current = root.$defs[current.$ref.replace('#/$defs/', '')] ?? FREE;
  }
  return current;
}

/** The descriptor schema node of a top-level section (a fact). */
export function factSchema(fact: string): SchemaNode | undefined {
  const node = root.properties?.[fact];
  return node ? deref(node) : undefined;
}

/** Follow a path from a schema node; undefined when the schema has no such place. */
export function schemaAt(start: SchemaNode, segments: readonly PathSegment[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = deref(start);
  for (const segment of segments) {
    if (!node) return undefined;
    if (node === FREE) return FREE;
    if (typeof segment === 'number') {
      if (node.type !== 'array' || !node.items) return undefined;
      node = deref(node.items);
    } else if (segment.startsWith('x-')) {
      return FREE;
    } else {
      const next: SchemaNode | undefined = node.properties?.[segment];
      node = next ? deref(next) : undefined;
    }
  }
  return node;
}

/** The item schema of an array node. */
export function itemSchema(node: SchemaNode): SchemaNode | undefined {
  const n = deref(node);
  return n.type === 'array' && n.items ? deref(n.items) : undefined;
}

/** Shape of the value at a schema node. */
export function shapeOf(node: SchemaNode): SchemaShape {
  const n = deref(node);
  if (n.format === 'date') return 'date';
  if (n.type === 'integer' || n.type === 'number') return 'number';
  if (n.type === 'string' || n.type === 'boolean' || n.type === 'array' || n.type === 'object') return n.type;
  if (typeof n.const === 'number') return 'number';
  return 'unknown';
}

/** The root descriptor schema node. */
export const descriptorRoot: SchemaNode = root;
