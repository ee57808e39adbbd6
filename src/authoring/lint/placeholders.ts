import type { CompiledCondition, CompiledRule } from '../../engine/compiled.js';
import { PLACEHOLDER, placeholderAlternatives } from '../../policy/compile-edition.js';
import type { PathSegment } from '../../shared/json-pointer.js';
import { canBeAbsent } from '../can-be-absent.js';
import { leavesOf } from '../coverage.js';
import { findingIn, writtenRules, type EditionFile } from './edition-file.js';
import type { LintFinding } from './types.js';

const FIELDS = ['message', 'passMessage', 'remediation'] as const;

/** The values a rule reads, as fact and path: its when and check (both sides of a comparison), its act date. */
function valuesRead(rule: CompiledRule): { fact: string; segments: readonly PathSegment[] }[] {
  const leaves = [rule.when, rule.check].flatMap((c: CompiledCondition | undefined) => leavesOf(c));
  return [
    ...leaves.map((l) => ({ fact: l.fact, segments: l.segments })),
    ...leaves.flatMap((l) => (l.valueRef ? [{ fact: l.valueRef.fact, segments: l.valueRef.segments }] : [])),
    ...(rule.actDate ? [{ fact: rule.actDate.fact, segments: rule.actDate.segments }] : []),
  ];
}

/** How many leading steps of two paths are the same: those steps lead to a value a condition has seen. */
function sharedSteps(a: readonly PathSegment[], b: readonly PathSegment[]): number {
  let n = 0;
  while (n < a.length && n < b.length && String(a[n]) === String(b[n])) n++;
  return n;
}

/**
 * Whether a placeholder's value is there whenever the rule's conditions have seen their values: for
 * some value read from the same fact, the steps the placeholder takes beyond the path they share are
 * all required by the schema ({project.name} once project.plan.exists is read). With no such read, the
 * whole path must be required.
 */
function filled(fact: string, segments: readonly PathSegment[], read: ReturnType<typeof valuesRead>, rule: CompiledRule): boolean {
  const known = read.filter((r) => r.fact === fact).map((r) => sharedSteps(r.segments, segments));
  return !canBeAbsent(fact, segments, rule) || known.some((n) => !canBeAbsent(fact, segments, rule, n));
}

/**
 * Placeholders in a rule's texts that no evidence can fill: the value is read by no condition of the
 * rule and the descriptor schema lets it be absent, so a finding could show "—" where the value should be.
 * Needs the compiled edition (a file that does not load is reported by the loader).
 */
export function unfilledPlaceholders(edition: EditionFile): LintFinding[] {
  const compiled = edition.compiled;
  if (!compiled) return [];
  const findings: LintFinding[] = [];
  for (const { rule: written, pointer } of writtenRules(edition.written)) {
    const rule = compiled.rules.find((r) => r.id === written.id);
    if (!rule) continue;
    const read = valuesRead(rule);
    const reported = new Set<string>();
    for (const field of FIELDS) {
      for (const lang of ['ja', 'en'] as const) {
        const text = written[field]?.[lang];
        if (text === undefined) continue;
        for (const match of text.matchAll(PLACEHOLDER)) {
          const placeholder = match[1]!;
          // Of alternatives ({item.title|item.id}) one that is always there is enough.
          const anyFilled = placeholderAlternatives(placeholder).some(({ fact, steps }) =>
            filled(fact, steps.map((s) => (/^\d+$/.test(s) ? Number(s) : s)), read, rule));
          if (reported.has(placeholder) || anyFilled) continue;
          reported.add(placeholder);
          findings.push(findingIn(edition, {
            code: 'unfilled-placeholder', pointer: `${pointer}/${field}/${lang}`, params: { placeholder, field, rule: rule.id }, ruleId: rule.id,
          }));
        }
      }
    }
  }
  return findings;
}
