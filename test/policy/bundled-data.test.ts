import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bibliography, bundledPacks, evaluate } from '../../src/index.js';
import { bundledEditions } from '../../src/policy/bundled.js';
import { compileEditions } from '../../src/policy/load.js';

// The bundled packs and their sources are exported as data: exactly what policies/ holds, typed and
// frozen (they are the objects the engine compiles from, so changing them must be impossible).
const editionFiles = readdirSync('policies', { withFileTypes: true }).filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(`policies/${d.name}`).filter((f) => /^\d{4}-\d{2}(-\d{2})?\.yaml$/.test(f)).map((f) => `policies/${d.name}/${f}`)).sort();

describe('bundledPacks and bibliography', () => {
  it('the hashes computed at build time are the ones the editions have when hashed as loaded', () => {
    // The files' texts are not the package's own objects, so each is hashed from its resolved content.
    const copies = compileEditions(editionFiles.map((file) => ({ file, text: readFileSync(file, 'utf8') })));
    if (!copies.ok) throw new Error(copies.diagnostics.map((d) => d.message.en).join('\n'));
    expect(bundledEditions().map((e) => `${e.pack}@${e.edition} ${e.hash}`).sort()).toEqual(copies.editions.map((e) => `${e.pack}@${e.edition} ${e.hash}`).sort());
  });

  it('bundledPacks holds every edition file of policies/ once, as written', () => {
    expect(bundledPacks.map((p) => p.file).sort()).toEqual(editionFiles);
    for (const pack of bundledPacks) expect(pack.value, pack.file).toEqual(parse(readFileSync(pack.file!, 'utf8')));
  });

  it('bibliography is policies/sources.yaml, and every source a bundled rule cites is in it', () => {
    expect(bibliography).toEqual((parse(readFileSync('policies/sources.yaml', 'utf8')) as { sources: unknown[] }).sources);
    const ids = new Set(bibliography.map((s) => s.id));
    const cited = bundledPacks.flatMap((p) => [...(p.value.rules ?? []), ...(p.value.replace ?? [])].map((r) => r.source));
    expect(cited.length).toBeGreaterThan(20);
    expect(cited.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('the data cannot be changed, so evaluations stay as shipped', () => {
    const descriptor = { schemaVersion: 1, id: 'frozen', organisation: { kind: 'national_ministry', name: 'x' }, project: { name: 'p', runningSince: '2020-01-01', plan: { exists: false } } } as const;
    const before = evaluate(descriptor, { asOf: '2024-01-01' });
    const rule = bundledPacks.find((p) => p.value.rules?.length)!.value.rules![0]!;
    // @ts-expect-error the data is read-only
    expect(() => { rule.severity = 'info'; }).toThrow(TypeError);
    // @ts-expect-error the data is read-only
    expect(() => bibliography[0]!.title.en = 'changed').toThrow(TypeError);
    expect(evaluate(descriptor, { asOf: '2024-01-01' })).toEqual(before);
  });
});
