import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sarifSchemaErrors } from '../support/sarif-schema.js';

// docs/integrations/kanmon.yml, the workflow a user copies: read as GitHub reads it, and its
// kanmon step run here, in a checkout-like folder, as the runner would (npx kanmon = the built bin).

interface Step { uses?: string; run?: string; if?: string; with?: Record<string, unknown> }
interface Workflow { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { 'runs-on': string; steps: Step[] }> }

const WORKFLOW = 'docs/integrations/kanmon.yml';
const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs)[0]!.steps;
const kanmonStep = steps.find((s) => s.run?.includes('kanmon '))!;
const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
const CLI = resolve('dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'kanmon-actions-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the GitHub Actions workflow', () => {
  it('runs on pushes and pull requests, and may write code-scanning results', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.permissions).toMatchObject({ contents: 'read', 'security-events': 'write' });
  });

  it('runs kanmon check with SARIF into a file, then uploads that file even when kanmon denies', () => {
    expect(kanmonStep.run).toMatch(/^npx kanmon check \S+ --format sarif --output (\S+)$/);
    const output = /--output (\S+)$/.exec(kanmonStep.run!)![1];
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(kanmonStep));
    expect(upload.with).toMatchObject({ sarif_file: output });
    expect(upload.if).toBe('always()');
  });

  it("its kanmon command, run in a checkout with descriptors, writes a SARIF log that code scanning accepts", () => {
    const args = kanmonStep.run!.replace(/^npx kanmon /, '').split(' ');
    const folder = args[1]!;
    mkdirSync(join(work, folder));
    for (const f of readdirSync('docs/examples').filter((n) => n.endsWith('.yaml'))) copyFileSync(join('docs/examples', f), join(work, folder, f));
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(1); // the bundled failing example is among them: the upload step still runs (if: always())
    const sarif = readFileSync(join(work, String(upload.with!.sarif_file)), 'utf8');
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const log = JSON.parse(sarif) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    // Paths relative to the checkout, as code scanning maps results onto the repository's files.
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
    for (const r of log.runs[0]!.results) expect(r.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(new RegExp(`^${folder}/[a-z0-9-]+\\.yaml$`));
  }, 120_000);

  it('is shown whole on its documentation page', () => {
    expect(readFileSync('docs/integrations/github-actions.md', 'utf8')).toContain(readFileSync(WORKFLOW, 'utf8'));
  });
});
