import { expect } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { ParseResult } from '../../src/parse/source.js';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** The diagnostics of a parse that must have failed. */
export function diagnosticsOf(result: ParseResult | { text: string } | { diagnostics: Diagnostic[] }): Diagnostic[] {
  if (!('diagnostics' in result)) throw new Error(`expected diagnostics, got ${JSON.stringify(result).slice(0, 200)}`);
  return result.diagnostics;
}

/** The value of a parse that must have succeeded. */
export function valueOf(result: ParseResult): unknown {
  if (!('document' in result)) throw new Error(`expected a document, got ${JSON.stringify(result.diagnostics.map((d) => [d.code, d.line, d.column]))}`);
  return result.document.value;
}

/** A diagnostic's message is there in both languages, every placeholder filled. */
export function expectBilingual(d: Diagnostic): void {
  expect(d.message.ja).toMatch(JAPANESE);
  expect(d.message.en).not.toMatch(JAPANESE);
  expect(d.message.en.length).toBeGreaterThan(20);
  for (const text of [d.message.ja, d.message.en]) expect(text).not.toMatch(/\{[A-Za-z0-9_.]+\}/);
}

/** The one diagnostic of a failed parse, checked for code and place and for both languages. */
export function expectOnly(result: Parameters<typeof diagnosticsOf>[0], expected: Partial<Diagnostic> & { params?: Record<string, unknown> }): Diagnostic {
  const all = diagnosticsOf(result);
  expect(all).toHaveLength(1);
  const d = all[0]!;
  expect(d).toMatchObject(expected);
  expectBilingual(d);
  return d;
}
