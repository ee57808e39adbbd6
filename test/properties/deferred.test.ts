import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDescriptor } from '../../src/descriptor/validate.js';
import { evaluate, evaluateView, type EvaluateOptions } from '../../src/evaluate.js';
import { allFindings, listOf } from '../../src/report/finding-list.js';
import { collect, writeJson } from '../../src/report/formatters/json-stream.js';
import { formatText, writeText } from '../../src/report/formatters/text.js';
import { descriptorArbitrary, isoDate, RUNS } from '../support/arbitraries.js';

// The CLI prints from evaluateView, whose findings are decided at once but written one at a time
// when they are read (the item's rule is run again). Whatever is read must be exactly what evaluate
// gives: same findings in the same order, same words, evidence and places, same text and JSON.

const FILES = [
  ...readdirSync('docs/examples').filter((f) => f.endsWith('.yaml')).map((f) => `docs/examples/${f}`),
  'test/fixtures/cli/descriptors/waived.yaml',
];

const RUNS_OF: { file: string; options: EvaluateOptions }[] = FILES.flatMap((file) => [
  { file, options: {} },
  { file, options: { asOf: '2020-04-01' } },
  { file, options: { asOf: '2020-04-01', retroactive: true, lang: 'ja' } },
  { file, options: { asOf: '2026-11-30', phase: 'budget_request' } },
]);

function same(descriptor: unknown, options: EvaluateOptions): void {
  const whole = evaluate(descriptor, options);
  const view = evaluateView(descriptor, options);
  const { findings, ...rest } = whole;
  const { findings: deferred, ...viewRest } = view;
  expect(viewRest).toEqual(rest);
  expect(allFindings(deferred)).toEqual(findings);
  // Read twice, a finding is written twice, alike and apart (a printer may read one more than once).
  const list = listOf(deferred);
  for (let i = 0; i < list.length; i++) {
    const a = list.at(i);
    const b = list.at(i);
    expect(b).not.toBe(a);
    expect(b).toEqual(a);
    expect(list.head(i)).toMatchObject({ ruleId: a.ruleId, pack: a.pack, severity: a.severity, status: a.status, pointer: a.pointer });
    expect(list.line(i)).toBe(a.line);
  }
  // Read in any order (last first here), each finding is still its own.
  for (let i = list.length - 1; i >= 0; i--) expect(list.at(i)).toEqual(findings[i]);
  expect(collect((write) => writeJson(view, write))).toBe(JSON.stringify(whole, null, 2));
  expect(collect((write) => writeText(view, { verbose: true }, write))).toBe(formatText(whole, { verbose: true }));
}

describe('findings written on demand are the findings evaluate writes', () => {
  for (const { file, options } of RUNS_OF) {
    it(`${file} ${JSON.stringify(options)}`, () => {
      const parsed = parseDescriptor(readFileSync(file, 'utf8'), file);
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      same(parsed.descriptor, { ...options, ...(parsed.source ? { source: parsed.source } : {}) });
    });
  }

  it('generated descriptors', () => {
    fc.assert(fc.property(descriptorArbitrary, isoDate, fc.boolean(), (descriptor, asOf, retroactive) => {
      same(descriptor, { asOf, retroactive });
    }), { numRuns: Math.min(RUNS, 200), seed: 20261130 });
  }, 180_000);
});

describe('writeJson', () => {
  it('writes what JSON.stringify(value, null, 2) writes, for values of every kind', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.anything(), (json, anything) => {
      for (const value of [json, { a: anything, b: [anything, json], c: { d: { e: { f: { g: json } } } } }]) {
        expect(collect((write) => writeJson(value, write))).toBe(JSON.stringify(value, null, 2) ?? 'null');
      }
    }), { numRuns: 300, seed: 7 });
  });
});
