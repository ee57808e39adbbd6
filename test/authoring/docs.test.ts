import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

// docs/testing-packs.md shows a pack, a base, a case table and what `kanmon test` prints for them:
// run exactly that, so the page cannot drift from what the command does.
const page = readFileSync('docs/testing-packs.md', 'utf8');
const blocks = [...page.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => m[2]!);
const [pack, base, table, session, failure] = blocks;

function kanmon(argv: string[], files: Record<string, string>): { status: number; stdout: string } {
  let stdout = '';
  const status = run(argv, {
    stdout: (t) => { stdout += t; }, stderr: (t) => { stdout += t; },
    readFile: (p) => { if (!(p in files)) throw Object.assign(new Error(p), { code: 'ENOENT' }); return files[p]!; },
    env: { LANG: 'C' }, now: () => 0,
  });
  return { status, stdout };
}

describe('docs/testing-packs.md', () => {
  const files = { 'pack.yaml': pack!, 'tests/bases/good.yaml': base!, 'tests/demo.cases.yaml': table! };

  it('the example session prints what the page shows', () => {
    const [command, ...output] = session!.split('\n');
    expect(command).toBe('$ kanmon test tests/demo.cases.yaml --coverage-min 60');
    expect(kanmon(['test', 'tests/demo.cases.yaml', '--coverage-min', '60'], files)).toEqual({ status: 0, stdout: output.join('\n') });
  });

  it('the failing case shown is what a wrong expectation prints, and the missing case it suggests brings coverage to 100 %', () => {
    const withCase = (name: string, status: string): string => `${table}  - name: ${name}\n    base: good\n    patch: [{op: remove, path: /project/plan}]\n    expect: [{rule: DEMO-01, status: ${status}}]\n`;
    const wrong = withCase('a plan not stated is expected to pass (wrongly)', 'pass');
    const r = kanmon(['test', 'tests/demo.cases.yaml'], { ...files, 'tests/demo.cases.yaml': wrong });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(failure!);
    const fixed = withCase('a plan not stated is missing', 'missing');
    const ok = kanmon(['test', 'tests/demo.cases.yaml', '--coverage-min', '100'], { ...files, 'tests/demo.cases.yaml': fixed });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('  total         rules pass+fail 1/1  true 1/1  false 1/1  unknown 1/1  100.0 %');
  });
});
