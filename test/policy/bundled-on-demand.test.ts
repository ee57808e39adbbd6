import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';
import { bundledEditions } from '../../src/policy/bundled.js';
import { BUNDLED_EDITIONS } from '../../src/policy/bundled/packs.generated.js';
import { compileEditions } from '../../src/policy/load.js';

// The bundled editions are compiled one by one when their rules are first read. A reader must not be
// able to tell: same keys in the same order, same values, same JSON as compiling them all at once.
const eager = (() => {
  const result = compileEditions(BUNDLED_EDITIONS);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message.en).join('\n'));
  return result.editions;
})();

describe('bundled editions compiled on demand', () => {
  it('before any rule is read, each edition has the keys of its compiled form, in the same order', () => {
    // A fresh module, so that no other test has read a rule yet.
    const keys = bundledEditions().map((e) => Object.keys(e));
    expect(keys).toEqual(eager.map((e) => Object.keys(e)));
    // Later editions inherit appliesTo and its note from the edition they extend: the keys say so before compiling.
    expect(BUNDLED_EDITIONS.some((e) => e.value.extends !== undefined && e.value.appliesToNote === undefined && keys[BUNDLED_EDITIONS.indexOf(e)]!.includes('appliesToNote'))).toBe(true);
  });

  it('every edition reads as the eagerly compiled one, whichever field is read first', () => {
    const editions = bundledEditions();
    expect(editions).toHaveLength(eager.length);
    editions.forEach((edition, i) => {
      const name = `${edition.pack}@${edition.edition}`;
      // Odd editions are first touched through their rules, even ones by serialising them whole.
      if (i % 2 === 1) expect(edition.rules, name).toEqual(eager[i]!.rules);
      expect(JSON.stringify(edition), name).toBe(JSON.stringify(eager[i]));
      expect(edition, name).toEqual(eager[i]);
      expect(Object.keys(edition), name).toEqual(Object.keys(eager[i]!));
    });
  });

  it('an edition is compiled once: its rules are the same objects on every read', () => {
    const edition = bundledEditions().find((e) => e.pack === 'standard-guideline')!;
    expect(edition.rules).toBe(edition.rules);
    expect(bundledEditions()).toBe(bundledEditions());
  });

  it('evaluating with the lazy editions gives the report the eager ones give', () => {
    const descriptor = { schemaVersion: 1, id: 'on-demand', organisation: { kind: 'national_ministry', name: 'x' }, project: { name: 'p', runningSince: '2020-01-01', plan: { exists: false } } } as const;
    for (const asOf of ['2016-04-01', '2021-10-01', '2025-01-01']) {
      expect(evaluate(descriptor, { asOf }), asOf).toEqual(evaluate(descriptor, { asOf, policies: eager }));
    }
  });
});
