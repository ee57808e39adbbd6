import type { CompiledCondition, CompiledEdition, CompiledRule } from '../engine/compiled.js';
import { compileProgram, type Program } from '../engine/program.js';

/** A rule's compiled trees: `when` (if any) takes the first leaf slots, `check` the next. */
export interface RuleProgram {
  when?: Program;
  check: Program;
  slots: number;
  /** Names of the facts the rule's conditions read. */
  facts: ReadonlySet<string>;
}

const rulePrograms = new WeakMap<CompiledRule, RuleProgram>();
const editionPrograms = new WeakMap<CompiledEdition, Program | null>();

/** The program of a rule, compiled on first use and kept as long as the rule is. */
export function programOf(rule: CompiledRule): RuleProgram {
  let program = rulePrograms.get(rule);
  if (!program) {
    const when = rule.when ? compileProgram(rule.when) : undefined;
    const check = compileProgram(rule.check, when?.leaves.length ?? 0);
    const facts = new Set<string>();
    for (const { leaf } of [...(when?.leaves ?? []), ...check.leaves]) {
      facts.add(leaf.fact);
      if (leaf.valueRef) facts.add(leaf.valueRef.fact);
    }
    program = { ...(when ? { when } : {}), check, slots: (when?.leaves.length ?? 0) + check.leaves.length, facts };
    rulePrograms.set(rule, program);
  }
  return program;
}

/** The program of an edition's appliesTo, or null when the edition applies to everyone. */
export function appliesToProgram(edition: CompiledEdition): Program | null {
  let program = editionPrograms.get(edition);
  if (program === undefined) {
    program = edition.appliesTo ? compileProgram(edition.appliesTo) : null;
    editionPrograms.set(edition, program);
  }
  return program;
}

/** Number of leaves in a tree. */
export function leafCount(tree: CompiledCondition | undefined): number {
  if (!tree) return 0;
  if (tree.kind === 'leaf') return 1;
  if (tree.kind === 'not') return leafCount(tree.child);
  let n = 0;
  for (const child of tree.children) n += leafCount(child);
  return n;
}
