import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { compileEditions } from '../../src/policy/load.js';
import { parseBibliography } from '../../src/policy/bibliography.js';
import type { SourceEntry } from '../../src/engine/compiled.js';

// The bundled packs are checked and parsed here, at build time, into a module of plain data: at run
// time nothing parses YAML or validates a pack, and nothing is read from a file system.

/** Every edition file of the bundled packs: policies/<pack>/<edition>.yaml. */
export function editionFiles(): string[] {
  return readdirSync('policies', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(`policies/${d.name}`).filter((f) => /^\d{4}-\d{2}(-\d{2})?\.yaml$/.test(f)).map((f) => `policies/${d.name}/${f}`))
    .sort();
}

/** The source of src/policy/bundled/packs.generated.ts, after loading every edition and the bibliography as a user's would be. */
export function bundledPacksModule(): string {
  const files = editionFiles();
  const texts = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  // The editions are checked against policies/sources.yaml as it is now, not the bibliography generated
  // last time, so a new source and the rules citing it can be added in one step.
  const bibliography = currentBibliography();
  const checked = compileEditions(texts, { bibliography });
  if (!checked.ok) throw new Error(`the bundled packs do not load:\n${checked.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message.en}`).join('\n')}`);
  const editions = texts.map(({ file, text }) => ({ file, value: parse(text) as unknown }));
  const sources = [...bibliography.values()];
  const hashes = checked.editions.map((e) => e.hash);
  // JSON.parse of a string is the fastest way for a JavaScript engine to build a large literal.
  const literal = (value: unknown): string => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
  return [
    '// Generated from policies/ by `npm run generate`; do not edit by hand.',
    "import type { SourceEntry } from '../../engine/compiled.js';",
    "import type { EditionData } from '../written.js';",
    '',
    '/** Every bundled edition as written (parsed and checked at build time). */',
    `export const BUNDLED_EDITIONS: readonly EditionData[] = ${literal(editions)};`,
    '',
    '/** The content hash of each bundled edition, in the order of BUNDLED_EDITIONS (see editionHash), computed at build time. */',
    `export const BUNDLED_HASHES: readonly string[] = ${JSON.stringify(hashes)};`,
    '',
    '/** The bundled bibliography (policies/sources.yaml), checked at build time. */',
    `export const BUNDLED_BIBLIOGRAPHY: readonly SourceEntry[] = ${literal(sources)};`,
    '',
  ].join('\n');
}

/** policies/sources.yaml as it is now (not the bibliography generated last time). */
export function currentBibliography(): ReadonlyMap<string, SourceEntry> {
  const parsed = parseBibliography(readFileSync('policies/sources.yaml', 'utf8'), 'policies/sources.yaml');
  if ('errors' in parsed) throw new Error(`policies/sources.yaml does not load: ${parsed.errors.map((e) => e.message.en).join('; ')}`);
  return parsed.sources;
}
