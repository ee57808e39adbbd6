import type { CompiledEdition } from '../engine/compiled.js';

/** The edition of each pack in force on `asOf`, or null per pack when none is. */
export interface EditionChoice {
  pack: string;
  edition: CompiledEdition | null;
  pinned: boolean;
}

/** Pick per pack the edition in force at `asOf` (latest `from` not after it, within `until`), honouring pins. */
export function selectEditions(
  editions: readonly CompiledEdition[],
  asOf: string,
  pins: Readonly<Record<string, string>> = {},
): EditionChoice[] {
  const byPack = new Map<string, CompiledEdition[]>();
  for (const e of editions) byPack.set(e.pack, [...(byPack.get(e.pack) ?? []), e]);
  return [...byPack.keys()].sort().map((pack) => {
    const list = byPack.get(pack)!;
    const pin = pins[pack];
    if (pin !== undefined) {
      return { pack, edition: list.find((e) => e.edition === pin) ?? null, pinned: true };
    }
    const inForce = list
      .filter((e) => e.effective.from <= asOf && (e.effective.until === undefined || asOf <= e.effective.until))
      .sort((a, b) => (a.effective.from < b.effective.from ? 1 : a.effective.from > b.effective.from ? -1 : 0));
    return { pack, edition: inForce[0] ?? null, pinned: false };
  });
}
