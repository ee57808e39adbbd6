import { OPERATORS } from '../../engine/operators.js';
import { asLeaf, writtenConditions, type WrittenLeaf } from './conditions.js';
import { findingIn, ruleIdAt, type EditionFile } from './edition-file.js';
import type { LintFinding } from './types.js';

const isGuard = (leaf: WrittenLeaf): boolean => leaf.operator === 'exists' && leaf.value === true && leaf.ifAbsent === undefined;
const isReference = (value: unknown): boolean => value !== null && typeof value === 'object' && !Array.isArray(value) && 'fact' in value;

/**
 * Whether a comparison is false when the value it reads is null, as `exists: true` is. Then a guard
 * beside it in an `all` changes nothing: absent, both are unknown; null, both are false.
 * (A test that holds on null, such as `notEqual`, is what a guard is still for.)
 */
function falseOnNull(leaf: WrittenLeaf): boolean {
  const operator = OPERATORS.get(leaf.operator);
  if (!operator || leaf.ifAbsent !== undefined) return false;
  // Compared with another fact: only operators that need a date, a number or an array are false on null whatever it holds.
  if (isReference(leaf.value)) return operator.fact !== 'any';
  return !operator.test(null, leaf.value, { asOf: '2000-01-01' });
}

/** `exists: true` guards in an `all` that also tests the same value: pointless now that an absent value makes any comparison unknown. */
export function redundantExistsGuards(edition: EditionFile): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const { node, pointer } of writtenConditions(edition.written)) {
    if (!Array.isArray(node.all)) continue;
    const leaves = node.all.map((child) => (child !== null && typeof child === 'object' && !Array.isArray(child) ? asLeaf(child as Record<string, unknown>) : undefined));
    leaves.forEach((guard, i) => {
      if (!guard || !isGuard(guard)) return;
      const test = leaves.find((t, j) => j !== i && t !== undefined && t.operator !== 'exists' && t.fact === guard.fact && t.path === guard.path && falseOnNull(t));
      if (!test) return;
      const at = `${pointer}/all/${i}`;
      const ruleId = ruleIdAt(edition.written, at);
      findings.push(findingIn(edition, {
        code: 'redundant-exists-guard', pointer: at, params: { fact: guard.fact, path: guard.path, operator: test.operator },
        ...(ruleId !== undefined ? { ruleId } : {}),
      }));
    });
  }
  return findings;
}
