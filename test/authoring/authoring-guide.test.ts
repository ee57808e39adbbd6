import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

// docs/authoring.md walks through the example pack in docs/examples/authoring/: the files it shows
// must be those files, and every command it shows is run here and must print what the page says.
const page = readFileSync('docs/authoring.md', 'utf8');
const blocks = [...page.matchAll(/([^\n]*)\n\n?```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ caption: m[1]!, lang: m[2]!, body: m[3]! }));
const consoles = blocks.filter((b) => b.lang === 'console');

function kanmon(argv: string[], replaced: Record<string, string> = {}): { status: number; output: string } {
  let output = '';
  const status = run(argv, {
    stdout: (t) => { output += t; }, stderr: (t) => { output += t; },
    readFile: (p) => (p in replaced ? replaced[p]! : readFileSync(p)),
    listDir: (p) => readdirSync(p, { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/` : e.name)),
    env: { LANG: 'C' }, now: () => Date.parse('2026-05-01T03:00:00Z'),
  });
  return { status, output };
}

describe('docs/authoring.md', () => {
  it('shows every example file, as it is', () => {
    const shown = blocks.flatMap((b) => {
      const file = /^`(docs\/examples\/authoring\/[^`]+)`/.exec(b.caption)?.[1];
      return file ? [{ file, body: b.body }] : [];
    });
    expect(shown.map((s) => s.file)).toEqual([
      'docs/examples/authoring/2025-04.yaml', 'docs/examples/authoring/tests/bases/running.yaml',
      'docs/examples/authoring/tests/handbook.cases.yaml', 'docs/examples/authoring/2026-04.yaml',
      'docs/examples/authoring/corpus/filing-system.yaml', 'docs/examples/authoring/corpus/grants-portal.yaml',
      'docs/examples/authoring/corpus/new-analytics.yaml',
    ]);
    for (const s of shown) expect(s.body, s.file).toBe(readFileSync(s.file, 'utf8'));
    const onDisk = readdirSync('docs/examples/authoring', { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => `${e.parentPath}/${e.name}`);
    expect(onDisk.sort()).toEqual(shown.map((x) => x.file).sort());
  });

  it('every command on the page is in a console block, one per block', () => {
    expect(consoles.map((b) => b.body.split('\n')[0]!.split(' ')[2])).toEqual(['lint', 'test', 'diff', 'packs', 'check', 'check']);
    expect(page.match(/^\$ /gm)?.length).toBe(consoles.length);
  });

  // The exit status each command has, as the page says in its prose.
  const statuses = [0, 0, 1, 0, 0, 1];
  consoles.forEach((block, i) => {
    const [command, ...output] = block.body.split('\n');
    it(`prints what the page shows: ${command!.slice(0, 60)}…`, () => {
      expect(command).toMatch(/^\$ kanmon /);
      expect(kanmon(command!.slice('$ kanmon '.length).split(' '))).toEqual({ status: statuses[i], output: output.join('\n') });
    }, 60_000);
  });

  it('the finding shown for a rule no case makes fail is what lint prints when that case is taken out', () => {
    const shown = blocks.find((b) => b.lang === '' && b.caption.includes('inherits it'))!.body;
    const table = 'docs/examples/authoring/tests/handbook.cases.yaml';
    const without = readFileSync(table, 'utf8').replace(/ {2}- name: a project without a plan fails HB-PLAN-01\n(?: {4}.*\n)+/, '');
    expect(without).not.toContain('without a plan');
    const r = kanmon(['lint', 'docs/examples/authoring'], { [table]: without });
    expect(r.status).toBe(1);
    expect(r.output).toBe(shown);
  }, 60_000);
});
