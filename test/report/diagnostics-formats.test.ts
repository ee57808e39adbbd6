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

  it('kanmon lint --format sarif, junit and github: a result, a failing case and an annotation per finding, each with its fix', () => {
    const scenario = parse(readFileSync('test/cli/scenarios/lint-bad-pack.yaml', 'utf8')) as { argv: string[] };
    // The deliberately bad pack: 8 errors and 5 warnings, 3 of them keeping a file from loading.
    const sarif = runCli([...scenario.argv, '--format', 'sarif']);
    expect(sarif.status).toBe(2);
    expect(sarifSchemaErrors(sarif.stdout)).toEqual([]);
    const run = (JSON.parse(sarif.stdout) as { runs: { invocations: { executionSuccessful: boolean }[]; results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] }).runs[0]!;
    expect(run.invocations[0]!.executionSuccessful).toBe(false);
    expect(run.results.map((r) => r.level).sort()).toEqual([...Array(8).fill('error'), ...Array(5).fill('warning')]);
    const unused = run.results.find((r) => r.ruleId === 'unused-definition')!;
    expect(unused.locations[0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: 'test/fixtures/lint/bad-pack/2025-04.yaml' }, region: { startLine: 13, startColumn: 3 } });
    expect(unused.message.text).toMatch(/^The definition never-used is used by no condition of bad-demo@2025-04.*\nfix: Use it as `\{ condition: never-used \}`, or remove it\./s);

    const junit = runCli([...scenario.argv, '--format', 'junit']);
    expect(junit.status).toBe(2);
    expect(junit.stdout).toContain(`<testsuites name="kanmon ${version} lint" tests="13" failures="13" errors="0" skipped="0">`);
    expect(junit.stdout).toContain('<testsuite name="test/fixtures/lint/bad-pack/2025-04.yaml" tests="8" failures="8" errors="0" skipped="0">');

    const github = runCli([...scenario.argv, '--format', 'github', '--lang', 'ja']);
    const lines = github.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(8);
    expect(lines.filter((l) => l.startsWith('::warning ')).length).toBe(5);
    expect(github.stdout).toContain('::warning file=test/fixtures/lint/bad-pack/2025-04.yaml,line=13,col=3,title=kanmon unused-definition::定義 never-used は');
    expect(github.stdout).toContain('%0A直し方: `{ condition: never-used }` として使うか、削除してください。');
    expect(lines.slice(-2)).toEqual(['エラー 8 件、警告 5 件', '3 件の問題でファイルを読めないか、読み込めないか、試験できませんでした。そのファイルの他のルールは点検していない場合があります。']);
  });
});
