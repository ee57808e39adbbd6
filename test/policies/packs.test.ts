import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate.js';
import { bundledEditions } from '../../src/policy/bundled.js';
import { descriptorFor, type PackCases } from './tester.js';

// Every case file of every pack edition, run by one loop (ESLint's RuleTester, for policies).
const modules = import.meta.glob<{ default: PackCases }>('./cases/*.cases.ts', { eager: true });
const files = Object.entries(modules).map(([path, m]) => ({ path, cases: m.default }));

describe('pack case files are well-formed', () => {
  it('there is a case file for every bundled edition, and no stray one', () => {
    const editions = bundledEditions().map((e) => `${e.pack}@${e.edition}`).sort();
    const covered = files.map((f) => `${f.cases.pack}@${f.cases.edition}`).sort();
    expect(covered).toEqual(editions);
  });

  for (const { path, cases } of files) {
    it(`${path}: descriptions are unique and every case expects something`, () => {
      const seen = new Set<string>();
      for (const c of cases.cases) {
        expect(seen.has(c.description), `duplicate case "${c.description}"`).toBe(false);
        seen.add(c.description);
        expect(c.expect.length, `case "${c.description}" expects nothing`).toBeGreaterThan(0);
      }
    });
  }
});

describe('pack cases', () => {
  for (const { cases: file } of files) {
    const edition = bundledEditions().find((e) => e.pack === file.pack && e.edition === file.edition);
    describe(`${file.pack} ${file.edition}`, () => {
      for (const c of file.cases) {
        it(c.description, () => {
          expect(edition, `no bundled edition ${file.pack} ${file.edition}`).toBeDefined();
          const report = evaluate(descriptorFor(file, c), {
            packs: [file.pack], editions: { [file.pack]: file.edition }, asOf: c.asOf ?? edition!.effective.from,
            ...(c.phase ? { phase: c.phase } : {}), ...c.options,
          });
          for (const want of c.expect) {
            const found = report.findings.filter((f) => f.ruleId === want.ruleId && (want.pointer === undefined || f.pointer === want.pointer));
            expect(found.map((f) => ({ ruleId: f.ruleId, status: f.status, ...(want.pointer !== undefined ? { pointer: f.pointer } : {}) })), c.description)
              .toContainEqual(want);
          }
        });
      }
    });
  }
});

describe('every bundled rule has a failing and a passing case', () => {
  for (const edition of bundledEditions()) {
    const file = files.find((f) => f.cases.pack === edition.pack && f.cases.edition === edition.edition)?.cases;
    for (const rule of edition.rules) {
      it(`${edition.pack} ${edition.edition} ${rule.id}`, () => {
        const statuses = new Set((file?.cases ?? []).flatMap((c) => c.expect.filter((e) => e.ruleId === rule.id).map((e) => e.status)));
        expect(statuses.has('fail'), `${rule.id} has no case that makes it fail`).toBe(true);
        expect(statuses.has('pass'), `${rule.id} has no case that makes it pass`).toBe(true);
      });
    }
  }
});
