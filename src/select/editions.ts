import type { CompiledEdition } from '../engine/compiled.js';

/** Per pack: the edition in force on `asOf` (or pinned), null when none is, and all its editions for dated acts. */
export interface EditionChoice {
  pack: string;
  edition: CompiledEdition | null;
  pinned: boolean;
  /** Every edition of the pack, oldest first: dated acts are judged by the one in force on their date. */
  editions: readonly CompiledEdition[];
}

const byFrom = (a: CompiledEdition, b: CompiledEdition): number => (a.effective.from < b.effective.from ? -1 : a.effective.from > b.effective.from ? 1 : 0);

/** The edition in force on `date` among one pack's editions sorted oldest first: latest `from` not after it, within `until`. */
export function editionAt(editions: readonly CompiledEdition[], date: string): CompiledEdition | null {
  for (let i = editions.length - 1; i >= 0; i--) {
    const e = editions[i]!;
    if (e.effective.from <= date) return e.effective.until === undefined || date <= e.effective.until ? e : null;
  }
  return null;
}

/** Pick per pack the edition in force at `asOf` (latest `from` not after it, within `until`), honouring pins. */
export function selectEditions(
  editions: readonly CompiledEdition[],
  asOf: string,
  pins: Readonly<Record<string, string>> = {},
): EditionChoice[] {
  const byPack = new Map<string, CompiledEdition[]>();
  for (const e of editions) {
    const list = byPack.get(e.pack);
    if (list) list.push(e);
    else byPack.set(e.pack, [e]);
  }
  return [...byPack.keys()].sort().map((pack) => {
    const list = byPack.get(pack)!.sort(byFrom);
    const pin = pins[pack];
    if (pin !== undefined) return { pack, edition: list.find((e) => e.edition === pin) ?? null, pinned: true, editions: list };
    return { pack, edition: editionAt(list, asOf), pinned: false, editions: list };
  });
}
