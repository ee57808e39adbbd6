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
  const properties = root.properties ?? {};
  const node = Object.prototype.hasOwnProperty.call(properties, fact) ? properties[fact] : undefined;
  return node ? deref(node) : undefined;
}

/** Schemas a pack declares for descriptor extension keys (`x-…`), by key. */
export type ExtensionSchemas = Readonly<Record<string, SchemaNode>>;

/** Follow a path from a schema node; undefined when the schema has no such place. */
export function schemaAt(start: SchemaNode, segments: readonly PathSegment[], extensions: ExtensionSchemas = {}): SchemaNode | undefined {
  let node: SchemaNode | undefined = deref(start);
  const own = (table: object | undefined, key: string): boolean => table !== undefined && Object.prototype.hasOwnProperty.call(table, key);
  for (const segment of segments) {
    if (!node) return undefined;
    if (typeof segment === 'number') {
      if (node.type !== 'array' || !node.items) return undefined;
      node = deref(node.items);
    } else if (segment.startsWith('x-')) {
      // An extension key is free in a descriptor, but a rule may read it only where its pack declares its schema.
      node = own(extensions, segment) ? deref(extensions[segment]!) : undefined;
    } else {
      node = own(node.properties, segment) ? deref(node.properties![segment]!) : undefined;
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
