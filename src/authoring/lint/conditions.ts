import type { WrittenEdition } from '../../policy/written.js';
import { toPointer } from '../../shared/json-pointer.js';
import { writtenRules } from './edition-file.js';

/** A condition node as written (a group, a comparison or a `{ condition: name }` reference) and its pointer in the file. */
export interface ConditionSite {
  node: Readonly<Record<string, unknown>>;
  pointer: string;
}

/** A comparison as written: `fact`, `path` (default `$`), `operator`, `value`, and `ifAbsent` when given. */
export interface WrittenLeaf {
  fact: string;
  path: string;
  operator: string;
  value: unknown;
  ifAbsent?: unknown;
}

const isNode = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The node as a comparison, or undefined when it is a group or a reference. */
export function asLeaf(node: Readonly<Record<string, unknown>>): WrittenLeaf | undefined {
  if (typeof node.fact !== 'string' || typeof node.operator !== 'string') return undefined;
  return { fact: node.fact, path: typeof node.path === 'string' ? node.path : '$', operator: node.operator, value: node.value, ...('ifAbsent' in node ? { ifAbsent: node.ifAbsent } : {}) };
}

/**
 * Every condition node an edition file writes, depth first: its appliesTo, its definitions, and the
 * when and check of each rule it adds or replaces. References are not expanded: each node is
 * reported where it is written.
 */
export function writtenConditions(w: WrittenEdition): ConditionSite[] {
  const roots: { node: unknown; pointer: string }[] = [
    { node: w.appliesTo, pointer: '/appliesTo' },
    ...Object.entries(w.definitions ?? {}).map(([name, node]) => ({ node, pointer: toPointer(['definitions', name]) })),
    ...writtenRules(w).flatMap(({ rule, pointer }) => [{ node: rule.when, pointer: `${pointer}/when` }, { node: rule.check, pointer: `${pointer}/check` }]),
  ];
  const sites: ConditionSite[] = [];
  const visit = (node: unknown, pointer: string): void => {
    if (!isNode(node)) return;
    sites.push({ node, pointer });
    for (const key of ['all', 'any'] as const) {
      const children = node[key];
      if (Array.isArray(children)) children.forEach((child, i) => visit(child, `${pointer}/${key}/${i}`));
    }
    if ('not' in node) visit(node.not, `${pointer}/not`);
  };
  for (const root of roots) visit(root.node, root.pointer);
  return sites;
}

/** The names of definitions an edition file refers to with `{ condition: name }`. */
export function referencedNames(w: WrittenEdition): Set<string> {
  return new Set(writtenConditions(w).flatMap((s) => (typeof s.node.condition === 'string' ? [s.node.condition] : [])));
}
