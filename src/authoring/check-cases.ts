import { msg } from '../diagnostics/catalogue/index.js';
import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import type { CompiledEdition, Phase, Severity } from '../engine/compiled.js';
import { canonical, type Lang } from '../shared/messages.js';
import type { PatchOperation } from './json-patch.js';
import { nest, type ProblemSink } from './problems.js';
import { didYouMean } from '../shared/closest.js';
import type { Expectation } from './types.js';

/** A case as written in the table (already checked against the schema). */
export interface RawCase {
  name: string;
  editions?: string[];
  base?: string;
  patch?: PatchOperation[];
  descriptor?: Record<string, unknown>;
  asOf?: string;
  phase?: Phase;
  options?: { failOn?: Severity; lang?: Lang; ismapRegistry?: string };
  expect: Expectation[];
}

/** Report a name used by an earlier case of the table; remembers the name otherwise. */
export function checkName(c: RawCase, i: number, names: Map<string, number>, sink: ProblemSink): boolean {
  const first = names.get(c.name);
  if (first === undefined) {
    names.set(c.name, i);
    return true;
  }
  sink.add('duplicate-name', msg('cases.duplicate-name', { name: c.name, first: `/cases/${first}` }), `/cases/${i}/name`, { first });
  return false;
}

/** The editions a case runs on; a narrowing edition outside the table's list is reported and dropped. */
export function caseEditions(c: RawCase, i: number, tableEditions: readonly string[], byEdition: ReadonlyMap<string, CompiledEdition>, sink: ProblemSink): CompiledEdition[] {
  (c.editions ?? []).forEach((edition, j) => {
    if (!tableEditions.includes(edition)) sink.add('edition-not-in-file', msg('cases.edition-not-in-file', { edition, editions: tableEditions.join(', ') }), `/cases/${i}/editions/${j}`);
  });
  return (c.editions ?? tableEditions).filter((e) => tableEditions.includes(e) && byEdition.has(e)).map((e) => byEdition.get(e)!);
}

/** Report every expectation naming a rule that one of the case's editions does not have, with the ids closest to it. */
export function checkRules(c: RawCase, i: number, editions: readonly CompiledEdition[], sink: ProblemSink): boolean {
  let ok = true;
  c.expect.forEach((e, j) => {
    const lacking = editions.filter((edition) => !edition.rules.some((r) => r.id === e.rule));
    if (lacking.length === 0) return;
    ok = false;
    const ids = lacking.flatMap((edition) => edition.rules.map((r) => r.id));
    const where = lacking.map((edition) => `${edition.pack}@${edition.edition}`).join(', ');
    sink.add('unknown-rule', nest(msg('cases.unknown-rule', { rule: e.rule, editions: where }), 'hint', didYouMean(e.rule, ids)), `/cases/${i}/expect/${j}/rule`, { rule: e.rule });
  });
  return ok;
}

/**
 * Report a case that repeats an earlier one: the same descriptor, date, phase, options and editions,
 * and the same expectations in any order. Only the name differs, so one of them tests nothing.
 */
export function checkContent(c: RawCase, i: number, descriptor: KanmonDescriptor, editions: readonly CompiledEdition[], seen: Map<string, number>, cases: readonly RawCase[], sink: ProblemSink): boolean {
  const expect = c.expect.map((e) => JSON.stringify(canonical(e))).sort();
  const key = JSON.stringify(canonical({
    descriptor, editions: editions.map((e) => e.edition).sort(), asOf: c.asOf ?? null, phase: c.phase ?? null, options: c.options ?? {}, expect,
  }));
  const first = seen.get(key);
  if (first === undefined) {
    seen.set(key, i);
    return true;
  }
  sink.add('duplicate-case', msg('cases.duplicate-case', { name: c.name, first: cases[first]!.name }), `/cases/${i}`, { first });
  return false;
}
