import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import type { CompiledEdition, Severity } from '../engine/compiled.js';
import { evaluate } from '../evaluate.js';
import { failOnOption } from '../options.js';
import type { Decision, Report, Status } from '../report/types.js';
import type { Lang } from '../shared/messages.js';

/** One finding whose status differs between two editions (null: the rule or item is absent there). */
export interface StatusChange {
  descriptor: string;
  ruleId: string;
  pointer: string;
  before: Status | null;
  after: Status | null;
}

/** What a new edition would do to a corpus of real projects. */
export interface ImpactReport {
  pack: string;
  from: string;
  to: string;
  /** The lowest severity whose fail or missing findings deny: the verdicts are judged with it. */
  failOn: Severity;
  descriptors: { id: string; before: Decision; after: Decision }[];
  changes: StatusChange[];
}

/**
 * Options of impact(): the date to judge at (default: each descriptor's own), the language, and the
 * lowest severity whose fail or missing findings deny (default: error), as evaluate() takes them.
 */
export interface ImpactOptions {
  asOf?: string;
  lang?: Lang;
  failOn?: Severity;
}

/** Re-evaluate every descriptor under edition a and under edition b (verdicts judged with failOn, as evaluate() does); list every finding whose status changes. */
export function impact(a: CompiledEdition, b: CompiledEdition, descriptors: readonly KanmonDescriptor[], options: ImpactOptions = {}): ImpactReport {
  const failOn = failOnOption(options.failOn);
  const run = (edition: CompiledEdition, d: KanmonDescriptor): Report => evaluate(d, {
    policies: [edition], editions: { [edition.pack]: edition.edition }, lang: options.lang ?? 'en',
    asOf: options.asOf ?? d.evaluatedOn ?? edition.effective.from, failOn,
  });
  const changes: StatusChange[] = [];
  const decisions: ImpactReport['descriptors'] = [];
  for (const d of descriptors) {
    const ra = run(a, d);
    const rb = run(b, d);
    decisions.push({ id: d.id, before: ra.decision, after: rb.decision });
    const key = (f: { ruleId: string; pointer: string }) => `${f.ruleId}\u0000${f.pointer}`;
    const before = new Map(ra.findings.map((f) => [key(f), f]));
    const after = new Map(rb.findings.map((f) => [key(f), f]));
    for (const k of [...new Set([...before.keys(), ...after.keys()])]) {
      const x = before.get(k);
      const y = after.get(k);
      if (x?.status === y?.status) continue;
      const [ruleId, pointer] = k.split('\u0000') as [string, string];
      changes.push({ descriptor: d.id, ruleId, pointer, before: x?.status ?? null, after: y?.status ?? null });
    }
  }
  return { pack: b.pack, from: a.edition, to: b.edition, failOn, descriptors: decisions, changes };
}
