import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../cli/harness.js';

// The gate's answer is meant to be acted on: the waiver stanza it prints, pasted into the
// descriptor with its placeholders filled in, waives exactly the findings that blocked.

const DENIED = 'test/fixtures/cli/descriptors/denied.yaml';
const PACK = ['--only-policy', 'test/fixtures/cli/packs/demo.yaml'];

describe('kanmon gate', () => {
  it('prints a waiver stanza that, filled in and pasted, turns the denial into an allow with the findings waived', () => {
    const first = runCli(['gate', DENIED, ...PACK]);
    expect(first.status).toBe(1);
    const stanza = first.stdout.slice(first.stdout.indexOf('    waivers:')).replace(/^ {4}/gm, '');
    const filled = stanza.replace(/"<why it is acceptable for now>"/g, '"approved exception"')
      .replace(/"<who approves>"/g, '"PMO"').replace(/"<YYYY-MM-DD>"/g, '"2027-03-31"');
    const entries = (parse(filled) as { waivers: Record<string, string>[] }).waivers;
    expect(entries.map((w) => [w.ruleId, w.pointer])).toEqual([['DEMO-ITEM', '/workItems/1'], ['DEMO-PLAN', '/project/plan/exists']]);
    const descriptor = `${readFileSync(DENIED, 'utf8')}${filled}`;
    const second = runCli(['gate', 'patched.yaml', ...PACK], { files: { 'patched.yaml': descriptor } });
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('patched.yaml: ALLOW');
    expect(second.stdout).toContain('2 finding(s) are waived.');
  });

  it('refuses the stanza as pasted, placeholders and all: nothing is waived by accident', () => {
    const first = runCli(['gate', DENIED, ...PACK]);
    const stanza = first.stdout.slice(first.stdout.indexOf('    waivers:')).replace(/^ {4}/gm, '');
    const pasted = runCli(['gate', 'pasted.yaml', ...PACK], { files: { 'pasted.yaml': `${readFileSync(DENIED, 'utf8')}${stanza}` } });
    expect(pasted.status).toBe(2);
    expect(pasted.stderr).toContain('/waivers/0/expires must be a real calendar date written YYYY-MM-DD');
  });
});
