import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { version } from '../../package.json';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { compileEditions } from '../../src/policy/load.js';
import { formatGithubDiagnostics } from '../../src/report/formatters/github.js';
import { formatJUnitDiagnostics } from '../../src/report/formatters/junit.js';
import { formatSarifDiagnostics } from '../../src/report/formatters/sarif.js';
import { runCli } from '../cli/harness.js';
import { sarifSchemaErrors } from '../support/sarif-schema.js';

// The CI formats for problems kanmon finds in the files it checks other than descriptors (pack
// editions, case tables): kanmon test uses them, and so can any command that reports diagnostics.

// Two rules broken two ways: a severity that does not exist, a basis that does not exist.
const BROKEN_PACK = readFileSync('test/fixtures/cli/packs/demo.yaml', 'utf8').replace('severity: warning', 'severity: fatal').replace('basis: primary\n    source: DEMO-RULES\n    section: "4"', 'basis: hearsay\n    source: DEMO-RULES\n    section: "4"');
const diagnostics = ((): Diagnostic[] => {
  const result = compileEditions([{ text: BROKEN_PACK, file: 'packs/broken.yaml' }]);
  if (result.ok) throw new Error('the broken pack loads');
  return result.diagnostics;
})();

describe('formats of diagnostics', () => {
  it('the broken pack has located problems to show', () => {
    expect(diagnostics.length).toBeGreaterThanOrEqual(2);
    expect(diagnostics.every((d) => d.file === 'packs/broken.yaml' && d.line !== undefined)).toBe(true);
  });

  it('SARIF: a rule per code, a result per diagnostic at its place; valid against the schema', () => {
    const text = formatSarifDiagnostics(diagnostics, { lang: 'en', toolVersion: version });
    expect(sarifSchemaErrors(text)).toEqual([]);
    const run = (JSON.parse(text) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] }).runs[0]!;
    expect(run.results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.region.startLine])).toEqual(diagnostics.map((d) => [d.code, d.line]));
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('JUnit: a failing case per diagnostic, in a suite per file', () => {
    const xml = formatJUnitDiagnostics('kanmon', diagnostics, 'en');
    expect(xml).toContain(`<testsuites name="kanmon" tests="${diagnostics.length}" failures="${diagnostics.length}" errors="0" skipped="0">`);
    expect(xml).toContain('<testsuite name="packs/broken.yaml"');
  });

  it('GitHub: an annotation per diagnostic, at its file and line, in the language asked for', () => {
    const lines = formatGithubDiagnostics(diagnostics, 'ja').trimEnd().split('\n');
    expect(lines).toHaveLength(diagnostics.length);
    diagnostics.forEach((d, i) => expect(lines[i]).toMatch(new RegExp(`^::error file=packs/broken\\.yaml,line=${d.line},`)));
    expect(lines.join('\n')).toMatch(/[\u3040-\u30ff]/);
  });

  it('kanmon test --format sarif and github: a result and an annotation per failing case, at its line in the case table', () => {
    const scenario = parse(readFileSync('test/cli/scenarios/format-test-junit.yaml', 'utf8')) as { argv: string[]; files: Record<string, string> };
    const argv = scenario.argv.filter((a) => a !== 'junit' && a !== '--format');
    const sarif = runCli([...argv, '--format', 'sarif'], { files: scenario.files });
    expect(sarif.status).toBe(1);
    expect(sarifSchemaErrors(sarif.stdout)).toEqual([]);
    expect(sarif.stdout).toContain('"startLine": 11');
    const github = runCli([...argv, '--format', 'github'], { files: scenario.files });
    expect(github.stdout).toMatch(/^::error file=tests\/demo\.cases\.yaml,line=11,title=kanmon case-failed::計画の記載がない案件（誤った期待） \[demo@2025-04\]: The case does not produce exactly the findings it expects\./);
    expect(github.stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 1 failed');
  });
});
