import { describe, expect, it } from 'vitest';
import { validateDescriptor } from '../../src/descriptor/validate.js';
import { KanmonError } from '../../src/diagnostics/diagnostic.js';
import { evaluate } from '../../src/evaluate.js';
import { evaluateAsync } from '../../src/evaluate-async.js';

// Found by the fuzz campaign (issue 13): a program hands evaluate() a value, not a file. Under an
// x- key the schema lets anything through, so a value that contains itself, a BigInt or a Map, or
// nesting thousands deep, reached the report and broke it (JSON.stringify threw, or the stack
// overflowed). Such a value is now refused like a bad file: a located, bilingual descriptor error.

const base = (): Record<string, unknown> => ({
  schemaVersion: 1, id: 'sample',
  organisation: { kind: 'national_ministry', name: '架空省' },
  project: { name: '申請システム' },
});

function refusal(value: unknown): KanmonError {
  try {
    evaluate(value, { asOf: '2026-01-15' });
  } catch (error) {
    if (error instanceof KanmonError) return error;
    throw error;
  }
  throw new Error('evaluate accepted the value');
}

describe('issue 13: a descriptor value that is not JSON data', () => {
  it('is refused when it contains itself, naming both places', () => {
    const d = base();
    d['x-self'] = { inner: d };
    const e = refusal(d);
    expect(e.kind).toBe('descriptor');
    expect(e.diagnostics[0]).toMatchObject({ code: 'cycle', pointer: '/x-self/inner', severity: 'error' });
    expect(e.diagnostics[0]!.message.en).toContain('/x-self/inner');
    expect(e.diagnostics[0]!.message.ja).toContain('自分自身');
  });

  it('is refused when it holds a BigInt, a Map or a function', () => {
    for (const [planted, type] of [[10n ** 30n, 'bigint'], [new Map([['a', 1]]), 'Map'], [() => 1, 'function']] as const) {
      const d = base();
      d['x-value'] = { a: [planted] };
      const e = refusal(d);
      expect(e.diagnostics[0]).toMatchObject({ code: 'not-json', pointer: '/x-value/a/0', params: { type } });
    }
  });

  it('is refused when nested deeper than the depth limit, without overflowing the stack', async () => {
    const d = base();
    let v: unknown = 'bottom';
    for (let i = 0; i < 20_000; i++) v = { 'x-n': v };
    d['x-deep'] = v;
    expect(refusal(d).diagnostics[0]).toMatchObject({ code: 'too-deep', params: { limit: 100 } });
    await expect(evaluateAsync(d, { asOf: '2026-01-15' })).rejects.toBeInstanceOf(KanmonError);
  });

  it('still accepts the same object twice (a tree with a shared branch, not a cycle)', () => {
    const d = base();
    const shared = { note: 'x' };
    d['x-a'] = shared;
    d['x-b'] = [shared, shared];
    expect(validateDescriptor(d).ok).toBe(true);
    expect(evaluate(d, { asOf: '2026-01-15' }).decision).toMatch(/allow|deny/);
  });
});
