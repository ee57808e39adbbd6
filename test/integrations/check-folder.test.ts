import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/report/formatters/results.js';
import { runCli } from '../cli/harness.js';

// docs/integrations/check-folder.mjs, run as a user runs it on a folder: one line per descriptor
// through the API, the totals, and an exit status — the same answers as `kanmon check`.

describe('the folder script', () => {
  it('checks every descriptor of a folder through the API and agrees with kanmon check', () => {
    // The worked examples (docs/examples/ also holds pack editions and case tables, in subfolders).
    const folder = mkdtempSync(join(tmpdir(), 'kanmon-folder-'));
    for (const f of readdirSync('docs/examples').filter((n) => n.endsWith('.yaml'))) copyFileSync(join('docs/examples', f), join(folder, f));
    const r = spawnSync(process.execPath, ['docs/integrations/check-folder.mjs', folder], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const totals = lines.pop()!.totals as Record<string, number>;
    const cli = runCli(['check', folder, '--format', 'json']);
    const results = (JSON.parse(cli.stdout) as { results: FileResult[] }).results;
    expect(results.length).toBeGreaterThan(20);
    expect(lines.map((l) => [l.file, l.decision])).toEqual(results.map((x) => [x.file, 'report' in x ? x.report.decision : undefined]));
    expect(totals).toEqual({ files: results.length, allow: lines.filter((l) => l.decision === 'allow').length, deny: lines.filter((l) => l.decision === 'deny').length, invalid: 0 });
    expect(r.status).toBe(cli.status);
  }, 120_000);

  it('reports a file that is not a descriptor with its problems, and exits 2', () => {
    const r = spawnSync(process.execPath, ['docs/integrations/check-folder.mjs', 'test/fixtures/sarif'], { encoding: 'utf8' });
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { file?: string; problems?: { code: string }[]; totals?: Record<string, number> });
    expect(lines[0]).toMatchObject({ file: 'test/fixtures/sarif/sarif-schema-2.1.0.json' });
    expect(lines[0]!.problems!.length).toBeGreaterThan(0);
    expect(lines.at(-1)!.totals).toEqual({ files: 1, allow: 0, deny: 0, invalid: 1 });
    expect(r.status).toBe(2);
  }, 120_000);
});
