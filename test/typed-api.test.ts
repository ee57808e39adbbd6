import { describe, expect, expectTypeOf, it } from 'vitest';
import { evaluate, evaluateAsync, gate, KanmonError, type KanmonDescriptor, type Report } from '../src/index.js';

// Checked twice: `npm run typecheck` fails if a `@ts-expect-error` below meets no compile error (so a
// typo in a literal descriptor must be one), and vitest runs the same calls, which the schema refuses
// at run time too. Data from outside (`unknown`, `any`, a plain record) compiles and is checked then.

const refused = (call: () => unknown): string[] => {
  try {
    call();
  } catch (error) {
    if (error instanceof KanmonError) return error.diagnostics.map((d) => `${d.code} ${d.pointer}`);
    throw error;
  }
  throw new Error('accepted');
};

const ASOF = { asOf: '2024-01-01' };

describe('evaluate() and gate() are typed for literal descriptors', () => {
  it('a descriptor written in code compiles and evaluates, also when written `as const`', () => {
    const report = evaluate({ schemaVersion: 1, id: 'typed', organisation: { kind: 'national_ministry', name: 'x' } }, ASOF);
    expectTypeOf(report).toEqualTypeOf<Report>();
    const frozen = { schemaVersion: 1, id: 'typed', organisation: { kind: 'municipality', name: 'y' }, cloudServices: [{ id: 'c', name: 'c', serviceModel: 'SaaS', regionsUsed: ['jp'] }] } as const;
    expect(gate(frozen, ASOF).report.descriptor.id).toBe('typed');
    expect(evaluate({ schemaVersion: 1, id: 'typed', organisation: { kind: 'prefecture', name: 'z', 'x-code': 1 }, 'x-note': 'free' }, ASOF).descriptor.id).toBe('typed');
  });

  it('a misspelt key is a compile error, at the top and deep inside', () => {
    // @ts-expect-error `projct` is not a key of a descriptor
    expect(refused(() => evaluate({ schemaVersion: 1, id: 'typed', organisation: { kind: 'national_ministry', name: 'x' }, projct: {} }, ASOF))).toEqual(['unknown-property /projct']);
    // @ts-expect-error `nme` is not a key of organisation (and `name` is missing)
    expect(refused(() => gate({ schemaVersion: 1, id: 'typed', organisation: { kind: 'national_ministry', nme: 'x' } }, ASOF)).sort()).toEqual(['missing-property /organisation/name', 'unknown-property /organisation/nme']);
  });

  it('a value outside the schema is a compile error', () => {
    // @ts-expect-error `ministry` is not an organisation kind
    expect(refused(() => evaluate({ schemaVersion: 1, id: 'typed', organisation: { kind: 'ministry', name: 'x' } }, ASOF))).toEqual(['invalid-value /organisation/kind']);
    // @ts-expect-error schemaVersion is 1
    expect(refused(() => evaluate({ schemaVersion: 2, id: 'typed', organisation: { kind: 'national_ministry', name: 'x' } }, ASOF))).toEqual(['unsupported-schema-version /schemaVersion']);
  });

  it('an object of a wider type is neither a descriptor nor data: type it, or pass it as unknown', () => {
    const wide = { schemaVersion: 1, id: 'typed', organisation: { kind: 'national_ministry', name: 'x' } };
    // @ts-expect-error kind is a string here, not one of the organisation kinds
    expect(evaluate(wide, ASOF).descriptor.id).toBe('typed');
    const typed: KanmonDescriptor = { schemaVersion: 1, id: 'typed', organisation: { kind: 'national_ministry', name: 'x' } };
    expect(evaluate(typed, ASOF).descriptor.id).toBe('typed');
  });

  it('data from outside compiles as unknown, any or a plain record, and is checked at run time', async () => {
    const parsed: unknown = JSON.parse('{"schemaVersion":1,"id":"typed","organisation":{"kind":"municipality","name":"x"},"projct":{}}');
    expect(refused(() => evaluate(parsed, ASOF))).toEqual(['unknown-property /projct']);
    expect(refused(() => gate(JSON.parse('{"schemaVersion":1}'), ASOF)).sort()).toEqual(['missing-property /id', 'missing-property /organisation']);
    const record: Record<string, unknown> = { schemaVersion: 1, id: 'typed', organisation: { kind: 'municipality', name: 'x' } };
    expect((await evaluateAsync(record, ASOF)).descriptor.id).toBe('typed');
    // @ts-expect-error a string is not a descriptor
    expect(refused(() => evaluate('typed', ASOF))).toEqual(['not-an-object ']);
  });
});
