import { version } from '../../package.json';
import { decideEvaluation, type EvaluationInput } from '../assemble/run.js';
import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import type { CompiledEdition, Severity } from '../engine/compiled.js';
import { prepareEvaluation, type EvaluateOptions } from '../evaluate.js';
import { FACT_DECLARATIONS } from '../facts/declarations.js';
import { withDefaults } from '../facts/supply.js';
import { failOnOption, optionError } from '../options.js';
import { listOf, type FindingHead } from '../report/finding-list.js';
import type { Decision, Status } from '../report/types.js';
import { selectEditions } from '../select/editions.js';
import { isIsoDate } from '../shared/dates.js';
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
  // Each descriptor is checked once, with the options, exactly as evaluate() checks them (the same
  // errors in the same order); both editions then judge the checked value.
  const valid = descriptors.map((d) => prepareEvaluation(d, evaluateOptions(a, d, options, failOn)).descriptor);
  return impactOfValid(a, b, valid, { ...options, failOn });
}

/**
 * impact() on descriptors already validated (by parseDescriptor or validateDescriptor), which are not
 * checked again: `kanmon diff` has validated every file it read. A date given in the options is
 * still checked, where evaluate() would check it.
 */
export function impactOfValid(a: CompiledEdition, b: CompiledEdition, descriptors: readonly KanmonDescriptor[], options: ImpactOptions = {}): ImpactReport {
  const judged = new ImpactOfValid(a, b, options);
  for (const d of descriptors) judged.add(d);
  return judged.report();
}

/**
 * impactOfValid() one descriptor at a time, in the order of the report: only the verdicts and the
 * changes are kept, so a corpus is judged as it is read, each descriptor dropped once judged.
 * A date given in the options is checked when the first descriptor is judged, as impact() does.
 */
export class ImpactOfValid {
  private readonly failOn: Severity;
  private readonly changes: StatusChange[] = [];
  private readonly decisions: ImpactReport['descriptors'] = [];
  // No fact providers: every declared fact has its default, the same for every descriptor.
  private readonly callerFacts = withDefaults({ global: {}, perItem: {} }, FACT_DECLARATIONS);

  constructor(private readonly a: CompiledEdition, private readonly b: CompiledEdition, private readonly options: ImpactOptions = {}) {
    this.failOn = failOnOption(options.failOn);
  }

  /** Judge one validated descriptor by both editions. */
  add(d: KanmonDescriptor): void {
    const ra = this.judge(this.a, d);
    const rb = this.judge(this.b, d);
    this.decisions.push({ id: d.id, before: ra.decision, after: rb.decision });
    compareStatuses(d.id, heads(ra.findings), heads(rb.findings), this.changes);
  }

  /** What the descriptors added so far do. */
  report(): ImpactReport {
    return { pack: this.b.pack, from: this.a.edition, to: this.b.edition, failOn: this.failOn, descriptors: this.decisions, changes: this.changes };
  }

  private judge(edition: CompiledEdition, d: KanmonDescriptor) {
    const { asOf, lang, editions } = evaluateOptions(edition, d, this.options, this.failOn);
    // What evaluate() decides for one pinned edition with no providers, without validating again.
    const input: EvaluationInput = {
      descriptor: d, choices: selectEditions([edition], this.checkedAsOf(asOf), editions), asOf, asOfSource: 'option', phase: null,
      lang, failOn: this.failOn, toolVersion: version, retroactive: false, callerFacts: this.callerFacts, factDeclarations: FACT_DECLARATIONS, warnings: [],
    };
    // Only statuses are compared: the findings' words and evidence are never built.
    return decideEvaluation(input);
  }

  private checkedAsOf(asOf: string): string {
    if (!isIsoDate(asOf)) throw optionError('invalid-as-of', 'option.invalid-as-of', { value: asOf });
    return asOf;
  }
}

/** What evaluate() is given to judge a descriptor by one edition alone. */
function evaluateOptions(edition: CompiledEdition, d: KanmonDescriptor, options: ImpactOptions, failOn: Severity) {
  return {
    policies: [edition], editions: { [edition.pack]: edition.edition }, lang: options.lang ?? 'en',
    asOf: options.asOf ?? d.evaluatedOn ?? edition.effective.from, failOn,
  } satisfies EvaluateOptions;
}

/** What a report says of each finding: rule, place and status. */
function heads(findings: Parameters<typeof listOf>[0]): FindingHead[] {
  const list = listOf(findings);
  return Array.from({ length: list.length }, (_, i) => list.head(i));
}

/** Each rule and place whose status differs, in the order of the first report, then those only in the second. */
function compareStatuses(descriptor: string, before: readonly FindingHead[], after: readonly FindingHead[], into: StatusChange[]): void {
  const key = (f: FindingHead) => `${f.ruleId}\u0000${f.pointer}`;
  const was = new Map(before.map((f) => [key(f), f]));
  const is = new Map(after.map((f) => [key(f), f]));
  const change = (x: FindingHead | undefined, y: FindingHead | undefined, f: FindingHead) => {
    if (x?.status !== y?.status) into.push({ descriptor, ruleId: f.ruleId, pointer: f.pointer, before: x?.status ?? null, after: y?.status ?? null });
  };
  for (const [k, x] of was) change(x, is.get(k), x);
  for (const [k, y] of is) if (!was.has(k)) change(undefined, y, y);
}
