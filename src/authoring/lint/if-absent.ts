import { asLeaf, writtenConditions } from './conditions.js';
import { findingIn, ruleIdAt, type EditionFile } from './edition-file.js';
import type { LintFinding } from './types.js';

/**
 * Every `ifAbsent` the file writes. It is the one construct that makes absence count as something,
 * so a project is judged on what it never said; each use should be a deliberate, explained exception.
 */
export function ifAbsentUses(edition: EditionFile): LintFinding[] {
  return writtenConditions(edition.written).flatMap(({ node, pointer }) => {
    const leaf = asLeaf(node);
    if (!leaf || leaf.ifAbsent === undefined) return [];
    const ruleId = ruleIdAt(edition.written, pointer);
    return [findingIn(edition, {
      code: 'if-absent', pointer: `${pointer}/ifAbsent`, target: 'key', params: { value: leaf.ifAbsent, fact: leaf.fact, path: leaf.path },
      ...(ruleId !== undefined ? { ruleId } : {}),
    })];
  });
}
