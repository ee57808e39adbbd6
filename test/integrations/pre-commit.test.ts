import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import packageJson from '../../package.json';

// .pre-commit-hooks.yaml, which the pre-commit framework reads from the repository's top level:
// each hook's fields, and its entry run as pre-commit runs it (entry, then args, then the staged files).

interface Hook { id: string; name: string; entry: string; language: string; types_or?: string[]; files?: string; pass_filenames?: boolean; minimum_pre_commit_version?: string }
const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Hook[];

/** Run a hook's entry as pre-commit does: `kanmon` is the package's bin, here the built one. */
function runHook(hook: Hook, args: string[], files: string[]) {
  const [command, ...entryArgs] = hook.entry.split(' ');
  expect(command).toBe('kanmon');
  return spawnSync(process.execPath, [packageJson.bin.kanmon, ...entryArgs, ...args, ...files], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
}

const DEMO = ['--only-policy', 'test/fixtures/cli/packs/demo.yaml'];
const byId = (id: string): Hook => hooks.find((h) => h.id === id)!;

describe('.pre-commit-hooks.yaml', () => {
  it('declares kanmon check and kanmon gate as node hooks on YAML and JSON files, given the file names', () => {
    expect(hooks.map((h) => h.id)).toEqual(['kanmon-check', 'kanmon-gate']);
    for (const h of hooks) {
      expect(h).toMatchObject({ language: 'node', types_or: ['yaml', 'json'], minimum_pre_commit_version: '2.9.0' });
      expect(h.name).toBe(h.entry);
      expect(h.pass_filenames).not.toBe(false);
    }
    expect(byId('kanmon-check').entry).toBe('kanmon check');
    expect(byId('kanmon-gate').entry).toBe('kanmon gate');
    // language: node installs this package and puts its bin on the path.
    expect(packageJson.bin).toHaveProperty('kanmon');
  });

  it('the check hook fails the commit on a denied descriptor (exit 1) and passes an allowed one', () => {
    const denied = runHook(byId('kanmon-check'), DEMO, ['test/fixtures/cli/descriptors/denied.yaml', 'test/fixtures/cli/descriptors/allowed.yaml']);
    expect(denied.status).toBe(1);
    expect(denied.stdout).toContain('test/fixtures/cli/descriptors/denied.yaml:8:18  error  fail  DEMO-PLAN  /project/plan/exists');
    expect(denied.stdout).toContain('2 files: 1 allowed, 1 denied, 0 not evaluated');
    expect(runHook(byId('kanmon-check'), DEMO, ['test/fixtures/cli/descriptors/allowed.yaml']).status).toBe(0);
  }, 120_000);

  it('the gate hook prints what blocks and the waiver stanza', () => {
    const r = runHook(byId('kanmon-gate'), DEMO, ['test/fixtures/cli/descriptors/denied.yaml']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('test/fixtures/cli/descriptors/denied.yaml: DENY — 2 finding(s) block the gate');
    expect(r.stdout).toContain('- { ruleId: DEMO-PLAN, pointer: "/project/plan/exists"');
  }, 120_000);

  it('the documentation page configures exactly these hooks', () => {
    const page = readFileSync('docs/integrations/pre-commit.md', 'utf8');
    const config = parse(/```yaml\n([\s\S]*?)```/.exec(page)![1]!) as { repos: { hooks: { id: string }[] }[] };
    const ids = config.repos.flatMap((r) => r.hooks.map((h) => h.id));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(hooks.map((h) => h.id)).toContain(id);
  });
});
