import { describe, expect, it } from 'vitest';
import { validateDescriptor, VALUE_MAX_NODES } from '../../src/descriptor/validate.js';
import { evaluate } from '../../src/evaluate.js';
import { KanmonError } from '../../src/diagnostics/diagnostic.js';

// A descriptor handed to evaluate() as a value has its own size limit, above a file's: 100,000 work
// items are judged, while a value too large to report on is refused with a located size-limit error
// (too-many-nodes) instead of exhausting the memory (a RangeError or a crash).
const base: Record<string, unknown> = { schemaVersion: 1, id: 'big', organisation: { kind: 'national_ministry', name: 'x' }, project: { name: 'p' } };

describe('the size limit of a descriptor handed over as a value', () => {
  it('100,000 work items (about 800,000 values) are within it', () => {
    const workItems = Array.from({ length: 100_000 }, (_, i) => ({ id: `w${i}`, title: `item ${i}`, kind: 'modification', affectsOperations: true, inProjectPlan: true, startedOn: '2020-04-01' }));
    const result = validateDescriptor({ ...base, workItems });
    expect(result.ok ? 'valid' : result.diagnostics.map((d) => d.code)).toBe('valid');
  }, 120_000);

  it('more values than the limit are refused before anything is evaluated, at the value where the count crossed it', () => {
    const descriptor: unknown = { ...base, 'x-samples': new Array<number>(VALUE_MAX_NODES).fill(0) };
    let error: unknown;
    try { evaluate(descriptor, { asOf: '2024-04-01' }); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(KanmonError);
    const [d] = (error as KanmonError).diagnostics;
    expect([d?.code, d?.pointer?.startsWith('/x-samples/')]).toEqual(['too-many-nodes', true]);
    expect(d?.message.ja.length && d.message.en.length).toBeGreaterThan(0);
    // The caller that trusts its data may raise it, as for a file.
    expect(validateDescriptor(descriptor, undefined, { maxNodes: VALUE_MAX_NODES + 10 }).ok).toBe(true);
  }, 120_000);
});
