import { version } from '../package.json';
import type { DescriptorData, DescriptorLiteral } from './descriptor/input.js';
import { validateDescriptor } from './descriptor/validate.js';
import { KanmonError } from './diagnostics/diagnostic.js';
import type { CompiledEdition, Phase, Severity } from './engine/compiled.js';
import { selectEditions, type EditionChoice } from './select/editions.js';
import { decideEvaluation, runEvaluation, type EvaluationInput } from './assemble/run.js';
import { failOnOption, optionError, optionErrorWithHint } from './options.js';
import { PHASES } from './shared/vocabulary.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { joined, msg, msgWith } from './diagnostics/catalogue/index.js';
import { bundledEditions } from './policy/bundled.js';
import { registryDiagnostic } from './registry/errors.js';
import { FACT_DECLARATIONS } from './facts/declarations.js';
import { ismapRegistryProvider } from './facts/ismap-registry.js';
import type { FactDeclaration, FactProvider } from './facts/provider.js';
import { supplyFacts, withDefaults } from './facts/supply.js';
import type { IsmapRegistrySnapshot } from './registry/types.js';
import { checkSnapshot } from './registry/validate.js';
import type { ReportView } from './report/finding-list.js';
import type { Report } from './report/types.js';
import { isIsoDate, japanDate } from './shared/dates.js';
import type { Lang } from './shared/messages.js';
import type { SourceDocument } from './parse/source-document.js';

/** An evaluation decided but for the facts its providers supply (shared by evaluate, evaluateAsync and gate). */
export type PreparedEvaluation = Omit<EvaluationInput, 'callerFacts'> & { providers: readonly FactProvider[]; factDeclarations: readonly FactDeclaration[] };

/** Options of evaluate(). Every one is optional; the defaults suit a full check. */
export interface EvaluateOptions {
  /** Date to judge at (YYYY-MM-DD, Japan). Default: the descriptor's evaluatedOn, else today in Japan. */
  asOf?: string;
  /** Only rules checked in this phase (e.g. budget_request for a pre-budget gate). Default: all rules. */
  phase?: Phase;
  /** Language of messages. Default: en. */
  lang?: Lang;
  /** Lowest severity whose fail or missing findings deny. Default: error. */
  failOn?: Severity;
  /** Limit to these pack ids. Default: every pack. */
  packs?: readonly string[];
  /**
   * Judge every dated act (a work item's start, a budget request's submission …) by the editions in
   * force at `asOf`, as if it were done then — "what would today's rules say". Default: false, each act
   * is judged by the edition in force on its own date.
   */
  retroactive?: boolean;
  /** Pin a pack to an edition instead of the one in force: { 'standard-guideline': '2014-12' }. Pinned editions judge every act. */
  editions?: Readonly<Record<string, string>>;
  /** Editions to use instead of the bundled ones (from loadEdition / compileEdition). */
  policies?: readonly CompiledEdition[];
  /** The parsed source (from parseDescriptor) so findings carry line:column. */
  source?: SourceDocument;
  /** Clock for the "today" default, in epoch milliseconds. Default: Date.now. */
  now?: () => number;
  /** An ISMAP registry snapshot to cross-check claimed listings against (parseRegistry reads one). Default: not consulted. */
  ismapRegistry?: IsmapRegistrySnapshot;
  /** Fact providers: facts from outside the descriptor that policies name (evaluate needs synchronous ones). */
  providers?: readonly FactProvider[];
}


/** Evaluate a descriptor written in code (a KanmonDescriptor, checked by the compiler) against the packs in force. Synchronous; throws KanmonError for bad input (descriptor, option, registry). */
export function evaluate(descriptor: DescriptorLiteral, options?: EvaluateOptions): Report;
/** Evaluate data from outside (`unknown`, `any` or a plain record), checked against the descriptor schema at run time. Synchronous; throws KanmonError for bad input (descriptor, option, registry). */
export function evaluate<T>(descriptor: DescriptorData<T>, options?: EvaluateOptions): Report;
/** One implementation for both: the descriptor is validated against the schema at run time either way. */
export function evaluate(descriptor: unknown, options: EvaluateOptions = {}): Report {
  return runEvaluation(syncInput(descriptor, options));
}

/**
 * evaluate(), with the findings written on demand (the same report, findings built one at a time as
 * they are read): what prints large reports without holding them.
 */
export function evaluateView(descriptor: unknown, options: EvaluateOptions = {}): ReportView {
  return decideEvaluation(syncInput(descriptor, options));
}

/** The input of a synchronous evaluation: options checked, facts supplied by synchronous providers. */
function syncInput(descriptor: unknown, options: EvaluateOptions): EvaluationInput {
  const input = prepareEvaluation(descriptor, options);
  const supplied = supplyFacts(input.providers, input.descriptor, input.asOf);
  if (supplied === 'async') throw optionError('async-provider', 'option.async-provider');
  return { ...input, callerFacts: withDefaults(supplied, input.factDeclarations) };
}

/**
 * Check options and the descriptor and decide everything an evaluation needs (shared with
 * evaluateAsync and gate). With `clock: 'caller'` (gate) the as-of date is the caller's — the option,
 * else today in Japan — and a date the descriptor claims for itself is ignored, with a warning.
 */
export function prepareEvaluation(descriptor: unknown, options: EvaluateOptions, clock: 'descriptor' | 'caller' = 'descriptor'): PreparedEvaluation {
  const lang = options.lang ?? 'en';
  if (lang !== 'ja' && lang !== 'en') throw optionError('invalid-lang', 'option.invalid-lang', { value: String(lang) });
  if (options.phase !== undefined && !PHASES.includes(options.phase)) {
    throw optionErrorWithHint('invalid-phase', 'option.invalid-phase', { value: options.phase, phases: PHASES.join(', ') }, String(options.phase), PHASES);
  }
  const failOn = failOnOption(options.failOn);
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) throw optionError('invalid-as-of', 'option.invalid-as-of', { value: options.asOf });

  const result = validateDescriptor(descriptor, options.source);
  if (!result.ok) throw new KanmonError('descriptor', result.diagnostics);
  const valid = result.descriptor;

  const claimed = clock === 'descriptor' ? valid.evaluatedOn : undefined;
  const asOfSource: Report['asOfSource'] = options.asOf !== undefined ? 'option' : claimed !== undefined ? 'descriptor' : 'today';
  const asOf = options.asOf ?? claimed ?? japanDate((options.now ?? Date.now)());
  const warnings: Diagnostic[] = [];
  if (clock === 'caller' && valid.evaluatedOn !== undefined && valid.evaluatedOn !== asOf) {
    warnings.push({
      code: 'descriptor-date-ignored', kind: 'descriptor', severity: 'warning', pointer: '/evaluatedOn',
      message: msg('report.descriptor-date-ignored', { claimed: valid.evaluatedOn, asOf }),
    });
  }

  let editions = options.policies ?? bundledEditions();
  if (options.policies) checkUnambiguous(editions);
  const known = new Set(editions.map((e) => e.pack));
  for (const pack of [...(options.packs ?? []), ...Object.keys(options.editions ?? {})]) {
    if (!known.has(pack)) {
      throw optionErrorWithHint('unknown-pack', 'option.unknown-pack', { pack, packs: [...known].sort().join(', ') }, pack, known);
    }
  }
  if (options.packs) editions = editions.filter((e) => options.packs!.includes(e.pack));
  for (const [pack, edition] of Object.entries(options.editions ?? {})) {
    if (!editions.some((e) => e.pack === pack && e.edition === edition)) {
      const have = editions.filter((e) => e.pack === pack).map((e) => e.edition);
      throw optionErrorWithHint('unknown-edition', 'option.unknown-edition', { pack, edition, have: have.join(', ') }, edition, have);
    }
  }

  const providers = [...(options.providers ?? [])];
  if (options.ismapRegistry !== undefined) {
    const checked = checkSnapshot(options.ismapRegistry);
    if (!checked.snapshot) throw new KanmonError('registry', checked.problems.map(registryDiagnostic));
    providers.push(ismapRegistryProvider(checked.snapshot));
  }
  checkProviders(providers);
  const choices = selectEditions(editions, asOf, options.editions);
  warnings.push(...notInForceWarnings(choices, asOf, options.packs));
  const source = options.source;
  return {
    descriptor: valid,
    choices,
    asOf, asOfSource, phase: options.phase ?? null, lang, failOn, toolVersion: version, retroactive: options.retroactive === true,
    ...(source?.file ? { file: source.file } : {}),
    ...(source ? { locate: (pointer: string) => source.locate(pointer) } : {}),
    providers, factDeclarations: FACT_DECLARATIONS, warnings,
  };
}

/**
 * A warning for each pack with no edition in force at as-of that the caller brought (an edition that
 * is not bundled) or asked for by name: its rules were not checked, and an allow must not hide that.
 * A bundled pack that is simply not in force yet (ISMAP before 2020, say) is shown in the report's
 * packs and needs no warning.
 */
function notInForceWarnings(choices: readonly EditionChoice[], asOf: string, named: readonly string[] = []): Diagnostic[] {
  const bundled = new Set(bundledEditions().map((e) => e.hash));
  return choices
    .filter((c) => c.edition === null && !c.pinned && (named.includes(c.pack) || c.editions.some((e) => !bundled.has(e.hash))))
    .map((c) => {
      const editions = joined(c.editions.map((e) => msg(e.effective.until === undefined ? 'report.edition-from' : 'report.edition-span', { edition: e.edition, ...e.effective })), msg('list-separator'));
      return {
        code: 'no-edition-in-force', kind: 'policy', severity: 'warning',
        message: msgWith('report.no-edition-in-force', { pack: c.pack, asOf }, { editions }),
        params: { pack: c.pack, asOf, editions: c.editions.map((e) => ({ edition: e.edition, effective: e.effective })) },
      } satisfies Diagnostic;
    });
}

/** Every provider supplies only declared facts (a typo would otherwise never reach a rule). */
function checkProviders(providers: readonly FactProvider[]): void {
  const known = FACT_DECLARATIONS.map((d) => d.name);
  for (const name of providers.flatMap((p) => p.supplies)) {
    if (!known.includes(name)) throw optionErrorWithHint('unknown-fact', 'option.unknown-fact', { name, known: known.join(', ') }, name, known);
  }
}

/** Two editions of one pack with the same name or the same start date would make the choice depend on their order. */
function checkUnambiguous(editions: readonly CompiledEdition[]): void {
  const seen = new Map<string, CompiledEdition>();
  for (const e of editions) {
    for (const key of [`${e.pack}@${e.edition}`, `${e.pack}\u0000${e.effective.from}`]) {
      const first = seen.get(key);
      if (first && first !== e) {
        throw optionError('ambiguous-editions', 'option.ambiguous-editions', { first: `${first.pack}@${first.edition}`, second: `${e.pack}@${e.edition}`, from: e.effective.from });
      }
      seen.set(key, e);
    }
  }
}
