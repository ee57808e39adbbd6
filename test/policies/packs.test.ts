import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCaseTables } from '../../src/authoring/bundled-cases.js';
import { formatCaseRunText } from '../../src/authoring/format-text.js';
import { runCaseTables } from '../../src/authoring/runner.js';
import type { CaseResult } from '../../src/authoring/types.js';
import { bundledEditions } from '../../src/policy/bundled.js';
import { bundledFiles } from '../support/package-files.js';

// The bundled packs are tested exactly as a user tests a pack: their case tables
// (policies/<pack>/tests/*.cases.yaml) run through the same runner as `kanmon test`.
const run = runCaseTables([], { bundledFiles });

/** The failure as `kanmon test` prints it: the expected and reported findings side by side. */
const failure = (r: CaseResult): string => formatCaseRunText({ results: [r], passed: 0, failed: 1, coverage: run.coverage }).split('\n\n')[0]!;

describe('bundled case tables', () => {
  for (const r of run.results) {
    it(`${r.pack}@${r.edition}: ${r.name}`, () => {
      expect(r.passed, failure(r)).toBe(true);
    });
  }
});

describe('every bundled rule has a failing and a passing case', () => {
  for (const edition of bundledEditions()) {
    const coverage = run.coverage.editions.find((e) => e.pack === edition.pack && e.edition === edition.edition);
    for (const rule of edition.rules) {
      it(`${edition.pack}@${edition.edition} ${rule.id}`, () => {
        const seen = coverage?.rules.find((r) => r.rule === rule.id)?.seen ?? [];
        expect(seen, `${rule.id} has no case that makes it fail`).toContain('fail');
        expect(seen, `${rule.id} has no case that makes it pass`).toContain('pass');
      });
    }
  }
});

describe('the bundled case tables are the ones in policies/', () => {
  it('every case table under policies/<pack>/tests is run, and every bundled edition is tested', () => {
    const onDisk = readdirSync('policies', { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).split(sep).join('/')).filter((p) => /^policies\/[^/]+\/tests\//.test(p)).sort();
    expect(onDisk.filter((p) => /\.cases\.ya?ml$/.test(p))).toEqual(bundledCaseTables());
    const tested = new Set(run.results.map((r) => `${r.pack}@${r.edition}`));
    expect(bundledEditions().map((e) => `${e.pack}@${e.edition}`).filter((e) => !tested.has(e))).toEqual([]);
  });
});
