import { version } from '../package.json';
import { DescriptorError, validateDescriptor } from './descriptor/validate.js';
import type { CompiledEdition, Phase, Severity } from './engine/compiled.js';
import { selectEditions } from './select/editions.js';
import { runEvaluation, type EvaluationInput } from './assemble/run.js';
import { OptionError } from './options.js';
import { PHASES, SEVERITIES } from './shared/vocabulary.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { msg } from './diagnostics/catalogue/index.js';
import { bundledEditions } from './policy/bundled.js';
import { RegistryError } from './registry/errors.js';
import { registryFacts, registryNotes } from './registry/facts.js';
import type { IsmapRegistrySnapshot } from './registry/types.js';
import { checkSnapshot } from './registry/validate.js';
import type { Report } from './report/types.js';
import { isIsoDate, japanDate } from './shared/dates.js';
import type { Lang } from './shared/messages.js';
import type { SourceDocument } from './shared/source-document.js';

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
}


/** Evaluate a descriptor against the policy packs in force. Synchronous; throws DescriptorError, OptionError or RegistryError. */
export function evaluate(descriptor: unknown, options: EvaluateOptions = {}): Report {
  return runEvaluation(prepareEvaluation(descriptor, options));
}

/**
 * Check options and the descriptor and decide everything an evaluation needs (shared with
 * evaluateAsync and gate). With `clock: 'caller'` (gate) the as-of date is the caller's — the option,
 * else today in Japan — and a date the descriptor claims for itself is ignored, with a warning.
 */
export function prepareEvaluation(descriptor: unknown, options: EvaluateOptions, clock: 'descriptor' | 'caller' = 'descriptor'): EvaluationInput {
  const lang = options.lang ?? 'en';
  if (lang !== 'ja' && lang !== 'en') throw new OptionError('invalid-lang', { ja: `言語は ja か en です（指定: ${String(lang)}）。`, en: `Language must be ja or en (got ${String(lang)}).` });
  if (options.phase !== undefined && !PHASES.includes(options.phase)) {
    throw new OptionError('invalid-phase', { ja: `工程名が不正です: ${options.phase}。使える値: ${PHASES.join(', ')}`, en: `Unknown phase ${options.phase}. Use one of: ${PHASES.join(', ')}` });
  }
  const failOn = options.failOn ?? 'error';
  if (!SEVERITIES.includes(failOn)) throw new OptionError('invalid-fail-on', { ja: `failOn は error / warning / info です（指定: ${String(failOn)}）。`, en: `failOn must be error, warning or info (got ${String(failOn)}).` });
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) {
    throw new OptionError('invalid-as-of', { ja: `基準日は実在する YYYY-MM-DD の日付にしてください（指定: ${options.asOf}）。`, en: `as-of must be a real date written YYYY-MM-DD (got ${options.asOf}).` });
  }

  const result = validateDescriptor(descriptor, options.source);
  if (!result.ok) throw new DescriptorError(result.problems);
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
  const known = new Set(editions.map((e) => e.pack));
  for (const pack of [...(options.packs ?? []), ...Object.keys(options.editions ?? {})]) {
    if (!known.has(pack)) {
      throw new OptionError('unknown-pack', { ja: `パック ${pack} はありません。使えるパック: ${[...known].sort().join(', ')}`, en: `There is no pack ${pack}. Known packs: ${[...known].sort().join(', ')}` });
    }
  }
  if (options.packs) editions = editions.filter((e) => options.packs!.includes(e.pack));
  for (const [pack, edition] of Object.entries(options.editions ?? {})) {
    if (!editions.some((e) => e.pack === pack && e.edition === edition)) {
      const have = editions.filter((e) => e.pack === pack).map((e) => e.edition).join(', ');
      throw new OptionError('unknown-edition', { ja: `パック ${pack} に版 ${edition} はありません（あるのは ${have}）。`, en: `Pack ${pack} has no edition ${edition} (it has ${have}).` });
    }
  }

  let snapshot: IsmapRegistrySnapshot | undefined;
  if (options.ismapRegistry !== undefined) {
    const checked = checkSnapshot(options.ismapRegistry);
    if (!checked.snapshot) throw new RegistryError(checked.problems);
    snapshot = checked.snapshot;
  }
  const callerFacts = registryFacts(snapshot, valid.cloudServices);
  const choices = selectEditions(editions, asOf, options.editions);
  const source = options.source;
  return {
    descriptor: valid,
    choices,
    asOf, asOfSource, phase: options.phase ?? null, lang, failOn, toolVersion: version, retroactive: options.retroactive === true,
    ...(source?.file ? { file: source.file } : {}),
    ...(source ? { locate: (pointer: string) => source.locate(pointer) } : {}),
    callerFacts, notes: registryNotes(choices, valid.cloudServices, callerFacts.global.ismapRegistry, lang), warnings,
  };
}
