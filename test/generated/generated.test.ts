import { compile } from 'json-schema-to-typescript';
import { describe, expect, it } from 'vitest';
import descriptorSchema from '../../schemas/descriptor.schema.json';
import { readFileSync } from 'node:fs';
import { compileEditions } from '../../src/policy/load.js';
import { currentBibliography, editionFiles } from './bundled-packs.js';
import { renderCatalogue } from '../../src/policy/catalogue.js';
import { renderBibliography } from '../../src/policy/sources-page.js';
import { OPERATORS } from '../../src/engine/operators.js';
import { renderDescriptorDocs } from './descriptor-docs.js';
import { expectCurrent } from './expect-current.js';

// Generated files are committed; these tests fail when one is stale. `npm run generate` rewrites them.
// The packs are read from policies/ here (not from the precompiled module, which this run may be rewriting).
const loaded = compileEditions(editionFiles().map((file) => ({ file, text: readFileSync(file, 'utf8') })), { bibliography: currentBibliography() });
if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message.en}`).join('\n'));
const bundledEditions = () => loaded.editions;


// json-schema-to-typescript writes the schema's `^x-` patternProperties as `[k: string]`, which would
// let any key through (a typo in a literal descriptor would compile); a template-literal index
// signature admits only the x- keys, as the schema does.
const X_KEYS = /(via the `patternProperty` "\^x-"\.\n\s*\*\/\n\s*)\[k: string\]: unknown \| undefined;/g;

describe('generated files are current', () => {
  it('src/descriptor/types.generated.ts matches the descriptor schema', async () => {
    const generated = await compile(descriptorSchema as object, 'KanmonDescriptor', {
      bannerComment: '// Generated from schemas/descriptor.schema.json by `npm run generate`; do not edit by hand.',
      additionalProperties: false, strictIndexSignatures: true, unreachableDefinitions: false,
      style: { singleQuote: true, printWidth: 120 },
    });
    const ts = generated.replace(X_KEYS, '$1[k: `x-${string}`]: unknown;');
    expect(ts).not.toContain('[k: string]');
    expectCurrent('src/descriptor/types.generated.ts', ts);
  });

  it('docs/sources.md lists every source with the rules that cite it', () => {
    const sources = currentBibliography();
    const page = renderBibliography(sources, bundledEditions());
    for (const id of sources.keys()) expect(page).toContain(`## ${id}\n`);
    expectCurrent('docs/sources.md', page);
  });

  it('docs/descriptor.md documents every field of the schema', () => {
    expectCurrent('docs/descriptor.md', renderDescriptorDocs(descriptorSchema as never));
  });

  it('docs/operators.md lists every operator with its semantics', () => {
    const rows = [...OPERATORS.values()].map((op) =>
      `| \`${op.name}\` | ${op.origin} | ${op.fact} | ${op.value}${op.acceptsFactValue ? ' or `{ fact, path }`' : ''} | ${op.decidesAbsence ? 'decides it' : 'missing'} | ${op.doc.replace(/\|/g, '\\|')} |`);
    const page = [
      '# Operators / 演算子',
      '',
      '<!-- Generated from src/engine/operators.ts by `npm run generate`; do not edit by hand. -->',
      '',
      "json-rules-engine's own operators keep its exact semantics (a differential test runs its Engine",
      "against kanmon on generated conditions). kanmon's operators have their own names and the",
      'semantics below. "absent fact" says what happens when the path leads nowhere in the descriptor:',
      '`missing` means the comparison is unknown, so a check that depends on it reports `missing`,',
      'never `pass`. Only `exists` answers for absence itself.',
      '',
      '| operator | from | fact | value | absent fact | meaning |',
      '|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n');
    expectCurrent('docs/operators.md', page);
  });

  const packs = [...new Set(bundledEditions().map((e) => e.pack))].sort();
  for (const pack of packs) {
    it(`docs/catalogue/${pack}.md lists every rule of the pack`, () => {
      const page = renderCatalogue(bundledEditions(), pack);
      for (const rule of bundledEditions().filter((e) => e.pack === pack).flatMap((e) => e.rules)) {
        expect(page).toContain(`| ${rule.id} |`);
      }
      expectCurrent(`docs/catalogue/${pack}.md`, page);
    });
  }
});
