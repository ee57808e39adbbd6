import type { CompiledEdition } from '../engine/compiled.js';
import type { Lang } from '../shared/messages.js';
import { isIsoDate } from '../shared/dates.js';
import { PHASES, SEVERITIES, type Phase, type Severity } from '../shared/vocabulary.js';

/** The views of the page's right-hand side. */
export type View = 'report' | 'graph' | 'diff';

/** The two editions of one pack the diff view compares. */
export interface DiffChoice {
  pack: string;
  from: string;
  to: string;
}

/** Everything a link reproduces: the text, the options, the language and what is on screen. */
export interface PlaygroundState {
  text: string;
  /** The example the text was loaded from, while it is unedited; '' once the user's own. */
  example: string;
  lang: Lang;
  /** YYYY-MM-DD, or '' for the default (the descriptor's evaluatedOn, else today). */
  asOf: string;
  phase: Phase | '';
  failOn: Severity;
  retroactive: boolean;
  /** Packs to check; the packs not listed are left out. */
  packs: string[];
  /** Pinned editions by pack. */
  editions: Record<string, string>;
  view: View;
  diff: DiffChoice;
}

const VIEWS: readonly View[] = ['report', 'graph', 'diff'];

/** The packs and their editions, oldest edition first, in the order the bundle lists them. */
export function packEditions(editions: readonly CompiledEdition[]): Map<string, string[]> {
  const byPack = new Map<string, string[]>();
  for (const e of editions) byPack.set(e.pack, [...(byPack.get(e.pack) ?? []), e.edition]);
  for (const list of byPack.values()) list.sort();
  return byPack;
}

/** The diff a first visit shows: the standard guideline's first two editions, else any pack's first two. */
function defaultDiff(packs: ReadonlyMap<string, string[]>): DiffChoice {
  const pack = packs.has('standard-guideline') ? 'standard-guideline' : [...packs.keys()].find((p) => packs.get(p)!.length > 1) ?? [...packs.keys()][0] ?? '';
  const list = packs.get(pack) ?? [];
  return { pack, from: list[0] ?? '', to: list[1] ?? list[0] ?? '' };
}

/** The state of a first visit: the first example, every pack, the editions in force. */
export function defaultState(example: { file: string; text: string } | undefined, lang: Lang, packs: ReadonlyMap<string, string[]>): PlaygroundState {
  return {
    text: example?.text ?? '', example: example?.file ?? '', lang, asOf: '', phase: '', failOn: 'error', retroactive: false,
    packs: [...packs.keys()], editions: {}, view: 'report', diff: defaultDiff(packs),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A state read from a link, made safe: every field is checked against what the page offers, and a
 * field that does not fit keeps its value from `base`. A link is data from anyone.
 */
export function restoreState(value: unknown, base: PlaygroundState, packs: ReadonlyMap<string, string[]>): PlaygroundState {
  if (!isRecord(value)) return base;
  const state: PlaygroundState = { ...base, editions: { ...base.editions }, diff: { ...base.diff } };
  if (typeof value.text === 'string') state.text = value.text;
  state.example = typeof value.example === 'string' ? value.example : '';
  if (value.lang === 'ja' || value.lang === 'en') state.lang = value.lang;
  if (value.asOf === '' || (typeof value.asOf === 'string' && isIsoDate(value.asOf))) state.asOf = value.asOf;
  if (value.phase === '' || PHASES.includes(value.phase as Phase)) state.phase = value.phase as Phase | '';
  if (SEVERITIES.includes(value.failOn as Severity)) state.failOn = value.failOn as Severity;
  if (typeof value.retroactive === 'boolean') state.retroactive = value.retroactive;
  if (Array.isArray(value.packs)) state.packs = [...packs.keys()].filter((p) => (value.packs as unknown[]).includes(p));
  if (isRecord(value.editions)) {
    state.editions = {};
    for (const [pack, edition] of Object.entries(value.editions)) {
      if (typeof edition === 'string' && packs.get(pack)?.includes(edition)) state.editions[pack] = edition;
    }
  }
  if (VIEWS.includes(value.view as View)) state.view = value.view as View;
  if (isRecord(value.diff)) {
    const { pack, from, to } = value.diff;
    const list = typeof pack === 'string' ? packs.get(pack) : undefined;
    if (list && typeof from === 'string' && typeof to === 'string' && list.includes(from) && list.includes(to)) state.diff = { pack: pack as string, from, to };
  }
  return state;
}
