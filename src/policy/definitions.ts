import type { PolicyError } from './errors.js';
import { msg, msgWith } from '../diagnostics/catalogue/index.js';
import type { Origin, Origins } from './origins.js';

/** A named condition and where it is written. */
export interface Definition {
  body: unknown;
  origin: Origin;
}

/** The definitions an edition can use: its base's and its own, by name. */
export type DefinitionTable = ReadonlyMap<string, Definition>;

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The condition with every `{ condition: name }` replaced by that definition's body (expanded in
 * turn), so the compiled tree is the one the author would get by writing the body out. Returns
 * undefined after recording the problem when a name is unknown or a definition refers to itself.
 */
export function expandCondition(node: unknown, table: DefinitionTable, origins: Origins, errors: PolicyError[], stack: readonly string[] = []): unknown {
  if (!isNode(node)) return node;
  const here = origins.of(node);
  if ('condition' in node) return expandReference(node, table, origins, errors, stack);
  let failed = false;
  const out: Node = { ...node };
  for (const key of ['all', 'any'] as const) {
    const items = node[key];
    if (!Array.isArray(items)) continue;
    const expanded = items.map((child) => expandCondition(child, table, origins, errors, stack));
    if (expanded.some((c) => c === undefined)) failed = true;
    out[key] = origins.mark(expanded, origins.of(items));
  }
  if ('not' in node) {
    out.not = expandCondition(node.not, table, origins, errors, stack);
    if (out.not === undefined) failed = true;
  }
  return failed ? undefined : origins.mark(out, here);
}

function expandReference(node: Node, table: DefinitionTable, origins: Origins, errors: PolicyError[], stack: readonly string[]): unknown {
  const here = origins.of(node)!;
  const name = String(node.condition);
  const at = (pointer: string): Origin => ({ doc: here.doc, pointer: `${here.pointer}${pointer}` });
  const extra = Object.keys(node).filter((k) => k !== 'condition');
  if (extra.length > 0) {
    errors.push(origins.error(here, {
      code: 'invalid-condition',
      message: msg('policy.reference-stray-keys', { name, value: extra.join(', ') }),
    }));
    return undefined;
  }
  const definition = table.get(name);
  if (!definition) {
    const known = [...table.keys()].sort();
    errors.push(origins.error(at('/condition'), {
      code: 'unknown-definition',
      message: msgWith('policy.unknown-definition', { name }, { defined: known.length ? msg('policy.defined-names', { names: known.join(', ') }) : msg('policy.no-definitions') }),
    }));
    return undefined;
  }
  if (stack.includes(name)) {
    const loop = [...stack.slice(stack.indexOf(name)), name].join(' → ');
    errors.push(origins.error(at('/condition'), {
      code: 'definition-cycle',
      message: msg('policy.definition-cycle', { loop }),
    }));
    return undefined;
  }
  const body = expandCondition(definition.body, table, origins, errors, [...stack, name]);
  if (!isNode(body)) return undefined;
  return origins.markExpansion({ ...body }, origins.of(body), here, name);
}
