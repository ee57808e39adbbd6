import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import descriptorSchema from '../../schemas/descriptor.schema.json';
import policySchema from '../../schemas/policy.schema.json';
import { parseDescriptor } from '../../src/descriptor/validate.js';
import { parseSource } from '../../src/parse/source.js';
import type { KanmonDescriptor } from '../../src/descriptor/types.generated.js';
import type { SourceDocument } from '../../src/parse/source-document.js';

// The documents mutations start from: the worked examples in docs/examples and every edition of
// the bundled packs in policies/, read from the repository as a user's files would be.

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A seed document: where it comes from, its text, and its value. */
export interface Seed {
  file: string;
  text: string;
  value: unknown;
}

function read(file: string): Seed {
  const text = readFileSync(`${root}${file}`, 'utf8');
  const parsed = parseSource(text, { kind: 'input', file });
  if ('diagnostics' in parsed) throw new Error(`seed ${file} does not parse: ${parsed.diagnostics[0]!.message.en}`);
  return { file, text, value: parsed.document.value };
}

/** The worked examples: valid descriptors with comments, anchors of meaning and Japanese text. */
export const DESCRIPTOR_SEEDS: readonly Seed[] = readdirSync(`${root}docs/examples`).filter((f) => f.endsWith('.yaml')).sort().map((f) => read(`docs/examples/${f}`));

/** Every bundled pack edition (several extend an earlier one). */
export const POLICY_SEEDS: readonly Seed[] = readdirSync(`${root}policies`, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(`${root}policies/${d.name}`).filter((f) => /^\d{4}-\d{2}(-\d{2})?\.yaml$/.test(f)).map((f) => `policies/${d.name}/${f}`))
  .sort().map(read);

/** The worked examples parsed and validated once, to be judged by mutated editions. */
export const VALID_DESCRIPTORS: readonly { descriptor: KanmonDescriptor; source: SourceDocument; text: string }[] = DESCRIPTOR_SEEDS.map((seed) => {
  const parsed = parseDescriptor(seed.text, seed.file);
  if (!parsed.ok) throw new Error(`example ${seed.file} is not valid: ${parsed.diagnostics[0]!.message.en}`);
  return { descriptor: parsed.descriptor, source: parsed.source!, text: seed.text };
});

/** Every property name a schema knows, for mutations that rename or add keys. */
function propertyNames(schema: unknown): string[] {
  const names = new Set<string>();
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const properties = (node as { properties?: unknown }).properties;
    if (properties !== null && typeof properties === 'object') for (const k of Object.keys(properties)) names.add(k);
    stack.push(...Object.values(node));
  }
  return [...names].sort();
}

export const DESCRIPTOR_KEYS = propertyNames(descriptorSchema);
export const POLICY_KEYS = propertyNames(policySchema);
