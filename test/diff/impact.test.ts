import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDescriptor } from '../../src/descriptor/validate.js';
import type { KanmonDescriptor } from '../../src/descriptor/types.generated.js';
import { KanmonError } from '../../src/diagnostics/diagnostic.js';
import { impact, impactOfValid, type StatusChange } from '../../src/diff/impact.js';
import type { CompiledEdition } from '../../src/engine/compiled.js';
import { evaluate } from '../../src/evaluate.js';
import { bundledEditions } from '../../src/policy/bundled.js';
import type { Severity } from '../../src/engine/compiled.js';
import { runCli } from '../cli/harness.js';

const examples: KanmonDescriptor[] = readdirSync('docs/examples').filter((f) => f.endsWith('.yaml')).sort().map((f) => {
  const parsed = parseDescriptor(readFileSync(`docs/examples/${f}`, 'utf8'), f);
  if (!parsed.ok) throw new Error(`${f} is not valid`);
  return parsed.descriptor;
});
const edition = (ref: string): CompiledEdition => {
  const [pack, name] = ref.split('@');
  return bundledEditions().find((e) => e.pack === pack && e.edition === name)!;
};

/** What impact must say, computed the long way: two full evaluate() reports per descriptor, compared. */
function byEvaluate(a: CompiledEdition, b: CompiledEdition, descriptors: readonly KanmonDescriptor[], asOf: string | undefined, failOn: Severity) {
  const changes: StatusChange[] = [];
  const verdicts = descriptors.map((d) => {
    const run = (e: CompiledEdition) => evaluate(d, { policies: [e], editions: { [e.pack]: e.edition }, asOf: asOf ?? d.evaluatedOn ?? e.effective.from, failOn });
    const [ra, rb] = [run(a), run(b)];
    const status = (r: typeof ra) => new Map(r.findings.map((f) => [`${f.ruleId} ${f.pointer}`, f]));
    const [x, y] = [status(ra), status(rb)];
    for (const k of new Set([...x.keys(), ...y.keys()])) {
      const f = (x.get(k) ?? y.get(k))!;
      if (x.get(k)?.status !== y.get(k)?.status) changes.push({ descriptor: d.id, ruleId: f.ruleId, pointer: f.pointer, before: x.get(k)?.status ?? null, after: y.get(k)?.status ?? null });
    }
    return { id: d.id, before: ra.decision, after: rb.decision };
  });
  return { verdicts, changes };
}

describe('impact on the example descriptors', () => {
  const pairs: [string, string, string | undefined, Severity][] = [
    ['standard-guideline@2019-06', 'standard-guideline@2020-03', undefined, 'error'],
    ['standard-guideline@2014-12', 'standard-guideline@2021-09', '2022-04-01', 'warning'],
    ['ismap@2020-06', 'ismap@2023-05', undefined, 'info'],
    ['three-layer@2015-11', 'three-layer@2024-10', '2025-01-01', 'error'],
  ];
  it.each(pairs)('%s → %s (as of %s, failOn %s) says what two evaluate() reports say', (from, to, asOf, failOn) => {
    const [a, b] = [edition(from), edition(to)];
    const expected = byEvaluate(a, b, examples, asOf, failOn);
    const options = { failOn, ...(asOf !== undefined ? { asOf } : {}) };
    const got = impact(a, b, examples, options);
    expect(got.descriptors).toEqual(expected.verdicts);
    expect(got.changes).toEqual(expected.changes);
    expect(impactOfValid(a, b, examples, options)).toEqual(got);
  });

  it('kanmon diff, judging each file as it reads it, reports what impact() says of the same descriptors', () => {
    const files = readdirSync('docs/examples').filter((f) => f.endsWith('.yaml')).sort().map((f) => `docs/examples/${f}`);
    const [a, b] = [edition('standard-guideline@2019-06'), edition('standard-guideline@2020-03')];
    const cli = runCli(['diff', 'standard-guideline@2019-06', 'standard-guideline@2020-03', '--format', 'json', '--as-of', '2022-04-01', ...files]);
    expect(cli.status).toBe(0);
    const expected = impact(a, b, examples, { asOf: '2022-04-01', lang: 'en' });
    expect(expected.changes.length).toBeGreaterThan(0);
    expect(JSON.parse(cli.stdout).impact).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('finds status changes on the examples at all (so the comparison above is not of two empty lists)', () => {
    expect(impact(edition('standard-guideline@2019-06'), edition('standard-guideline@2020-03'), examples).changes.length).toBeGreaterThan(20);
  });
});

describe('impact refuses what evaluate refuses', () => {
  const [a, b] = [edition('standard-guideline@2019-06'), edition('standard-guideline@2020-03')];
  const thrown = (f: () => unknown): KanmonError => {
    try { f(); } catch (error) { if (error instanceof KanmonError) return error; throw error; }
    throw new Error('nothing was thrown');
  };
  const broken = { ...examples[0]!, project: 3 } as unknown as KanmonDescriptor;

  it('an invalid descriptor, with the diagnostics evaluate gives', () => {
    const error = thrown(() => impact(a, b, [examples[1]!, broken]));
    expect(error.kind).toBe('descriptor');
    expect(error.diagnostics).toEqual(thrown(() => evaluate(broken)).diagnostics);
  });

  it('a date that is not one, where a descriptor is judged, on either path', () => {
    for (const run of [impact, impactOfValid]) {
      const error = thrown(() => run(a, b, examples.slice(0, 1), { asOf: '2022-02-30' }));
      expect(error.diagnostics.map((d) => [d.code, d.message.en])).toEqual([['invalid-as-of', 'as-of must be a real date written YYYY-MM-DD (got 2022-02-30).']]);
      // Nothing to judge: nothing is judged at that date, as before.
      expect(run(a, b, [], { asOf: '2022-02-30' }).descriptors).toEqual([]);
    }
  });
});
