import { describe, expect, it } from 'vitest';
import type { CompiledEdition } from '../../src/engine/compiled.js';
import { BUNDLED_EDITIONS } from '../../src/policy/bundled/packs.generated.js';
import { bundledCompiler, compileEditions } from '../../src/policy/load.js';

// The bundled editions were checked in full when the package was built, so at run time they are
// compiled without the static checks. That shortcut must give exactly what the full path gives.
const packs = [...new Set(BUNDLED_EDITIONS.map((e) => e.value.pack))];

describe('bundled editions compiled without repeating the build-time checks', () => {
  it.each(packs)('pack %s compiles to the editions the full path gives', (pack) => {
    const editions = BUNDLED_EDITIONS.filter((e) => e.value.pack === pack);
    const full = compileEditions(editions);
    if (!full.ok) throw new Error(`${pack} does not load`);
    // Each edition compiled on its own, latest first, so that none leans on an earlier one being compiled.
    const compile = bundledCompiler(editions);
    const quick = [...editions].reverse().map(compile).reverse();
    expect(quick.map((e) => `${e.pack}@${e.edition}`)).toEqual(editions.map((e) => `${e.value.pack}@${e.value.edition}`));
    expect(quick).toEqual(full.editions);
    expect(JSON.stringify(quick)).toBe(JSON.stringify(full.editions));
    // The compiled operators are the engine's own, the same objects either way.
    const checks = (compiled: readonly CompiledEdition[]): unknown[] => compiled.flatMap((e) => e.rules.map((rule) => rule.check));
    expect(checks(quick)).toStrictEqual(checks(full.editions));
  });

  it('an edition that is not bundled keeps every check: a path outside the descriptor schema is refused', () => {
    const base = BUNDLED_EDITIONS.find((e) => e.value.rules !== undefined && e.value.extends === undefined)!;
    const rule = { ...base.value.rules![0]!, check: { fact: 'project', path: '$.noSuchField', operator: 'equal', value: true } };
    // A caller's edition is a text (JSON is YAML too), the bundled one with its first rule misspelt.
    const full = compileEditions([{ file: 'edited.yaml', text: JSON.stringify({ ...base.value, rules: [rule] }) }]);
    expect(full.ok).toBe(false);
    expect(full.ok ? [] : full.diagnostics.map((d) => d.code)).toContain('path-not-in-schema');
  });
});
