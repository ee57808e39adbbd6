import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDescriptor, validateDescriptor } from '../../src/descriptor/validate.js';
import { evaluate, type EvaluateOptions } from '../../src/evaluate.js';
import { parseRegistry } from '../../src/registry/parse.js';
import type { Finding, Report, Status } from '../../src/report/types.js';
import { descriptorArbitrary, isoDate, RUNS } from '../support/arbitraries.js';

// Absence means "not stated" (DESIGN: Absence). In a three-valued logic, replacing a known value by
// "unknown" can only move a verdict toward `missing`: deleting any one key from a valid descriptor
// never turns fail or missing into pass or not_applicable, never turns pass or not_applicable into
// fail, and never turns deny into allow. Checked over every bundled edition in force on the
// descriptors' dates, for the worked examples (with the options their README gives), the case-table
// bases, and generated descriptors. Whole array items are not deleted: that changes what exists.

/** Keys whose deletion is allowed to move a verdict some other way, each with its reason. None today. */
const NAMED_EXCEPTIONS: readonly { pointer: RegExp; reason: string }[] = [];

type Json = Record<string, unknown>;

/** Every object key of a value, as the path of keys and indexes leading to it. */
function keyPaths(value: unknown, prefix: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(value)) value.forEach((item, i) => keyPaths(item, [...prefix, i], into));
  else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      into.push([...prefix, key]);
      keyPaths((value as Json)[key], [...prefix, key], into);
    }
  }
  return into;
}

function without(value: unknown, path: readonly (string | number)[]): unknown {
  const copy = structuredClone(value);
  let node = copy as Json;
  for (const step of path.slice(0, -1)) node = node[step as string] as Json;
  delete node[path[path.length - 1] as string];
  return copy;
}

const KNOWN_TO_PASS: ReadonlySet<Status> = new Set(['pass', 'not_applicable']);
const key = (f: Finding): string => `${f.pack}\u0000${f.ruleId}\u0000${f.pointer}`;

/** The moves that a deletion made and that only gaining information could make. */
export function wrongMoves(before: Report, after: Report): string[] {
  const was = new Map(before.findings.map((f) => [key(f), f.status]));
  const wrong: string[] = [];
  for (const f of after.findings) {
    const old = was.get(key(f));
    if (old === undefined || old === f.status || f.status === 'missing') continue;
    const towardPass = (old === 'fail' || old === 'missing') && KNOWN_TO_PASS.has(f.status);
    const towardFail = KNOWN_TO_PASS.has(old) && f.status === 'fail';
    if (towardPass || towardFail || old === 'missing') wrong.push(`${f.ruleId} ${f.pointer || '/'}: ${old} → ${f.status}`);
  }
  if (before.decision === 'deny' && after.decision === 'allow') wrong.push('decision: deny → allow');
  return wrong;
}

function violations(descriptor: unknown, options: EvaluateOptions): string[] {
  const before = evaluate(descriptor, options);
  const found: string[] = [];
  for (const path of keyPaths(descriptor)) {
    const pointer = `/${path.join('/')}`;
    if (pointer === '/evaluatedOn' || NAMED_EXCEPTIONS.some((e) => e.pointer.test(pointer))) continue;
    const smaller = without(descriptor, path);
    if (!validateDescriptor(smaller).ok) continue;
    for (const move of wrongMoves(before, evaluate(smaller, options))) found.push(`delete ${pointer}: ${move}`);
  }
  return found;
}

const registry = (() => {
  const parsed = parseRegistry(readFileSync('test/fixtures/ismap-registry.csv', 'utf8'), 'ismap-registry.csv');
  if (!parsed.ok) throw new Error('registry fixture');
  return parsed.snapshot;
})();

/** The worked examples with the dates and options their README gives (asOf explicit, so evaluatedOn does not matter). */
const EXAMPLES: { file: string; options: EvaluateOptions }[] = readdirSync('docs/examples').filter((f) => f.endsWith('.yaml')).flatMap((file) => {
  const text = readFileSync(`docs/examples/${file}`, 'utf8');
  const parsed = parseDescriptor(text, file);
  const asOf = parsed.ok ? parsed.descriptor.evaluatedOn ?? '2024-04-01' : '2024-04-01';
  const runs: { file: string; options: EvaluateOptions }[] = [{ file, options: { asOf } }];
  if (file === 'secure-zone.yaml') runs.push({ file, options: { asOf: '2016-09-01' } }, { file, options: { asOf: '2020-04-01' } }, { file, options: { asOf: '2020-04-01', retroactive: true } }, { file, options: { asOf, phase: 'budget_request' } });
  if (file.startsWith('ismap')) runs.push({ file, options: { asOf, ismapRegistry: registry } });
  return runs;
});

const BASES = readdirSync('policies', { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((pack) => {
  const folder = `policies/${pack.name}/tests/bases`;
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((f) => f.endsWith('.yaml')).map((f) => `${folder}/${f}`);
});

/** Reproductions of verdicts that once moved the wrong way when a key was deleted; each is judged at its own evaluatedOn. */
const REPRODUCTIONS = existsSync('test/fixtures/monotonic')
  ? readdirSync('test/fixtures/monotonic').filter((f) => f.endsWith('.yaml')).map((f) => `test/fixtures/monotonic/${f}`)
  : [];

const load = (path: string): unknown => {
  const parsed = parseDescriptor(readFileSync(path, 'utf8'), path);
  if (!parsed.ok) throw new Error(`${path}: ${parsed.diagnostics[0]?.message.en}`);
  return parsed.descriptor;
};

describe('monotonicity: deleting a key only moves verdicts toward missing', () => {
  it('the named exceptions each give their reason', () => {
    for (const e of NAMED_EXCEPTIONS) expect(e.reason.length).toBeGreaterThan(20);
  });

  for (const { file, options } of EXAMPLES) {
    it(`docs/examples/${file} ${JSON.stringify({ ...options, ismapRegistry: options.ismapRegistry ? 'snapshot' : undefined })}`, () => {
      expect(violations(load(`docs/examples/${file}`), options)).toEqual([]);
    }, 120_000);
  }

  for (const path of BASES) {
    it(`${path}, at each edition's date`, () => {
      for (const asOf of ['2016-09-01', '2019-10-28', '2021-04-01', '2023-06-01', '2025-04-01']) {
        expect(violations(load(path), { asOf }), asOf).toEqual([]);
      }
    }, 120_000);
  }

  for (const path of REPRODUCTIONS) {
    it(`${path}, at its evaluatedOn`, () => {
      const descriptor = load(path) as { evaluatedOn?: string };
      expect(violations(descriptor, { asOf: descriptor.evaluatedOn ?? '2024-04-01' })).toEqual([]);
    }, 120_000);
  }

  it('generated descriptors', () => {
    fc.assert(fc.property(descriptorArbitrary, isoDate, (descriptor, asOf) => {
      expect(violations(descriptor, { asOf })).toEqual([]);
    }), { numRuns: Math.max(20, Math.floor(RUNS / 5)) });
  }, 300_000);
});
