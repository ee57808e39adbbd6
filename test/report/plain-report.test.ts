import { deepStrictEqual } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDescriptor } from '../../src/descriptor/validate.js';
import { evaluate, evaluateView } from '../../src/evaluate.js';
import { listOf } from '../../src/report/finding-list.js';
import { descriptorArbitrary, isoDate, RUNS } from '../support/arbitraries.js';

// A report is plain data: every object in it is an ordinary object or array, so a caller may compare
// it with deepStrictEqual against one read back from storage, clone it, or send it between workers.

/** The objects in a value whose prototype is not Object.prototype or Array.prototype (with their paths). */
function unusual(value: unknown, path = '', seen = new Set<object>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const proto = Object.getPrototypeOf(value) as unknown;
  const here = proto === Object.prototype || proto === Array.prototype ? [] : [path || '/'];
  return [...here, ...Object.entries(value).flatMap(([k, v]) => unusual(v, `${path}/${k}`, seen))];
}

function plain(report: unknown): void {
  expect(unusual(report)).toEqual([]);
  deepStrictEqual(structuredClone(report), report);
}

const FILES = readdirSync('docs/examples').filter((f) => f.endsWith('.yaml')).map((f) => `docs/examples/${f}`);

describe('reports are plain data', () => {
  it.each(FILES)('%s', (file) => {
    const parsed = parseDescriptor(readFileSync(file, 'utf8'), file);
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    const options = parsed.source ? { source: parsed.source } : {};
    const report = evaluate(parsed.descriptor, options);
    expect(report.findings.length).toBeGreaterThan(0);
    plain(report);
    const list = listOf(evaluateView(parsed.descriptor, options).findings);
    for (let i = 0; i < list.length; i++) plain(list.at(i));
  });

  it('generated descriptors', () => {
    fc.assert(fc.property(descriptorArbitrary, isoDate, (descriptor, asOf) => plain(evaluate(descriptor, { asOf }))), { numRuns: Math.min(RUNS, 100), seed: 5 });
  }, 120_000);
});
