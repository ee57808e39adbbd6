import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import { parseDescriptor } from '../descriptor/validate.js';
import { KanmonError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { EvaluateOptions } from '../evaluate.js';
import { evaluate } from '../evaluate.js';
import type { SourceDocument } from '../parse/source-document.js';
import type { Report } from '../report/types.js';
import type { PlaygroundState } from './state.js';

/** What the text and the options give: problems to fix, or a report. */
export type CheckOutcome =
  | { kind: 'invalid'; diagnostics: readonly Diagnostic[] }
  | { kind: 'failed'; descriptor: KanmonDescriptor; source: SourceDocument; diagnostics: readonly Diagnostic[] }
  | { kind: 'report'; descriptor: KanmonDescriptor; source: SourceDocument; report: Report; ms: number };

/** The options of evaluate() that the page's state stands for. */
export function evaluateOptions(state: PlaygroundState, allPacks: readonly string[], source: SourceDocument): EvaluateOptions {
  const everyPack = allPacks.every((p) => state.packs.includes(p));
  // A pin on a pack left out would be an unknown edition to evaluate(): the pack is not checked at all.
  const pins = Object.entries(state.editions).filter(([pack]) => state.packs.includes(pack));
  return {
    source, lang: state.lang, failOn: state.failOn, retroactive: state.retroactive,
    ...(state.asOf ? { asOf: state.asOf } : {}),
    ...(state.phase ? { phase: state.phase } : {}),
    ...(everyPack ? {} : { packs: state.packs }),
    ...(pins.length ? { editions: Object.fromEntries(pins) } : {}),
  };
}

/** Parse the text (every problem at its line) and, when it is a valid descriptor, evaluate it; `ms` times both. */
export function check(state: PlaygroundState, allPacks: readonly string[]): CheckOutcome {
  const started = performance.now();
  const parsed = parseDescriptor(state.text);
  if (!parsed.ok) return { kind: 'invalid', diagnostics: parsed.diagnostics };
  // parseDescriptor keeps the source whenever it parsed text.
  const source = parsed.source!;
  try {
    const report = evaluate(parsed.descriptor, evaluateOptions(state, allPacks, source));
    return { kind: 'report', descriptor: parsed.descriptor, source, report, ms: performance.now() - started };
  } catch (error) {
    if (error instanceof KanmonError) return { kind: 'failed', descriptor: parsed.descriptor, source, diagnostics: error.diagnostics };
    throw error;
  }
}
