import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDescriptor } from '../../src/descriptor/validate.js';
import { KanmonError } from '../../src/diagnostics/diagnostic.js';
import type { CompiledEdition } from '../../src/engine/compiled.js';
import { evaluate } from '../../src/evaluate.js';
import { bundledEditions } from '../../src/policy/bundled.js';
import { readPath } from '../../src/engine/path.js';
import { toPointer } from '../../src/shared/json-pointer.js';
import { descriptorArbitrary, isoDate, RUNS, shuffleKeys } from '../support/arbitraries.js';
import { reportSchemaErrors } from '../support/report-schema.js';

const withAsOf = fc.record({ descriptor: descriptorArbitrary, asOf: isoDate });
const params = { numRuns: RUNS };

describe('evaluate() properties (fast-check)', () => {
  it('every generated descriptor is schema-valid, evaluates without throwing, and its report fits report.schema.json', () => {
    fc.assert(fc.property(withAsOf, ({ descriptor, asOf }) => {
      expect(validateDescriptor(descriptor).ok).toBe(true);
      const report = evaluate(descriptor, { asOf });
      expect(reportSchemaErrors(report)).toEqual([]);
    }), params);
  }, 300_000);

  it('is deterministic', () => {
    fc.assert(fc.property(withAsOf, ({ descriptor, asOf }) => {
      expect(evaluate(descriptor, { asOf })).toEqual(evaluate(structuredClone(descriptor), { asOf }));
    }), params);
  }, 300_000);

  it('does not depend on the key order of the descriptor', () => {
    fc.assert(fc.property(withAsOf, fc.integer(), ({ descriptor, asOf }, seed) => {
      expect(JSON.stringify(evaluate(shuffleKeys(descriptor, seed), { asOf }))).toBe(JSON.stringify(evaluate(descriptor, { asOf })));
    }), params);
  }, 300_000);

  it('does not depend on the order of rules in an edition', () => {
    fc.assert(fc.property(withAsOf, fc.integer(), ({ descriptor, asOf }, seed) => {
      const shuffled: CompiledEdition[] = bundledEditions().map((e) => ({
        ...e, rules: [...e.rules].sort((a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 17 + seed) % 5) || (seed % 2 ? 1 : -1) * a.id.localeCompare(b.id)),
      }));
      expect(evaluate(descriptor, { asOf, policies: shuffled })).toEqual(evaluate(descriptor, { asOf }));
    }), params);
  }, 300_000);

  it('summary counts equal the findings, and the decision follows from them', () => {
    fc.assert(fc.property(withAsOf, fc.constantFrom('error', 'warning', 'info' as const), ({ descriptor, asOf }, failOn) => {
      const r = evaluate(descriptor, { asOf, failOn });
      const count = (s: string): number => r.findings.filter((f) => f.status === s).length;
      expect(r.summary.total).toBe(r.findings.length);
      for (const s of ['pass', 'fail', 'missing', 'not_applicable', 'waived'] as const) expect(r.summary[s]).toBe(count(s));
      const rank = { info: 0, warning: 1, error: 2 };
      const denies = r.findings.some((f) => (f.status === 'fail' || f.status === 'missing') && rank[f.severity] >= rank[failOn]);
      expect(r.decision).toBe(denies ? 'deny' : 'allow');
    }), params);
  }, 300_000);

  it('a forEach rule yields exactly one finding per item, each at its own pointer', () => {
    fc.assert(fc.property(withAsOf, ({ descriptor, asOf }) => {
      const r = evaluate(descriptor, { asOf });
      for (const use of r.packs) {
        const edition = bundledEditions().find((e) => e.pack === use.pack && e.edition === use.edition);
        if (!edition || !use.applicable) continue;
        for (const rule of edition.rules.filter((x) => x.forEach)) {
          const items = readPath(descriptor, rule.forEach!.segments);
          const found = r.findings.filter((f) => f.ruleId === rule.id && f.pack === use.pack).map((f) => f.pointer);
          const base = toPointer(rule.forEach!.segments);
          if (Array.isArray(items) && items.length > 0) expect(found).toEqual(items.map((_, i) => `${base}/${i}`));
          else expect(found).toEqual([base]);
        }
      }
    }), params);
  }, 300_000);

  it('a live waiver never leaves its finding failing; an expired one never hides it', () => {
    fc.assert(fc.property(withAsOf, fc.integer({ min: 0, max: 400 }), fc.boolean(), ({ descriptor, asOf }, days, live) => {
      const before = evaluate({ ...descriptor, waivers: [] }, { asOf });
      const failing = before.findings.filter((f) => f.status === 'fail' || f.status === 'missing');
      fc.pre(failing.length > 0);
      const target = failing[days % failing.length]!;
      const expires = new Date(Date.parse(`${asOf}T00:00:00Z`) + (live ? days : -(days + 1)) * 86_400_000).toISOString().slice(0, 10);
      const waived = { ...descriptor, waivers: [{ ruleId: target.ruleId, pointer: target.pointer || undefined, justification: 'accepted risk', approver: 'CIO', expires }] };
      if (!target.pointer) delete waived.waivers[0]!.pointer;
      // Built by deleting a key, so the compiler cannot vouch for it: passed as data, checked at run time.
      const after = evaluate(waived as unknown, { asOf });
      const same = after.findings.filter((f) => f.ruleId === target.ruleId && f.pointer === target.pointer);
      for (const f of same) expect(f.status).toBe(live ? 'waived' : target.status);
      expect(after.waivers[0]!.state).toBe(live ? 'applied' : 'expired');
      for (const f of after.findings) if (f.status !== 'waived') expect(before.findings).toContainEqual(expect.objectContaining({ ruleId: f.ruleId, pointer: f.pointer, status: f.status }));
    }), params);
  }, 300_000);

  it('every schema-invalid descriptor raises a KanmonError with pointers and is not evaluated', () => {
    const mutation = fc.constantFrom('unknown-key', 'bad-date', 'bad-enum', 'drop-required', 'wrong-type');
    fc.assert(fc.property(withAsOf, mutation, ({ descriptor, asOf }, kind) => {
      const broken = structuredClone(descriptor) as unknown as Record<string, unknown>;
      const org = broken.organisation as Record<string, unknown>;
      if (kind === 'unknown-key') org.nmae = 'typo';
      if (kind === 'bad-date') broken.evaluatedOn = '2019-02-30';
      if (kind === 'bad-enum') org.kind = 'ministry';
      if (kind === 'drop-required') delete broken.id;
      if (kind === 'wrong-type') broken.schemaVersion = '1';
      const result = validateDescriptor(broken);
      expect(result.ok).toBe(false);
      let thrown: unknown;
      try { evaluate(broken, { asOf }); } catch (error) { thrown = error; }
      expect(thrown).toBeInstanceOf(KanmonError);
      expect((thrown as KanmonError).diagnostics.length).toBeGreaterThan(0);
      for (const p of (thrown as KanmonError).diagnostics) expect(p.pointer).toMatch(/^(\/[^/]*)*$/);
    }), params);
  }, 300_000);
});
