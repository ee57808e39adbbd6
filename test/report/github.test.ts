import { describe, expect, it } from 'vitest';
import { workflowCommands } from '../../src/report/formatters/github.js';
import { runCli } from '../cli/harness.js';

// GitHub Actions reads `::level key=value,…::message` lines; %, CR and LF are escaped in both
// parts, and `:` and `,` in properties, or the runner cuts the annotation short.

/** Read a workflow command back as the runner does. */
function readCommand(line: string): { level: string; props: Record<string, string>; message: string } {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line)!;
  const unescape = (s: string): string => s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const props = Object.fromEntries((m[2] ?? '').split(',').filter(Boolean).map((p) => { const [k, v] = p.split('=') as [string, string]; return [k, unescape(v)]; }));
  return { level: m[1]!, props, message: unescape(m[3]!) };
}

describe('GitHub workflow commands', () => {
  it('escape what would end a property or the command, and read back to the same text', () => {
    const title = 'SG-1: a, b: 100% sure';
    const message = 'line one: 50%\nline two, with a comma\r\nend';
    const text = workflowCommands([{ level: 'warning', file: 'dir/a,b:c.yaml', line: 3, column: 7, endLine: 4, endColumn: 1, title, message }]);
    expect(text.split('\n')).toHaveLength(2);
    expect(readCommand(text.trimEnd())).toEqual({ level: 'warning', props: { file: 'dir/a,b:c.yaml', line: '3', col: '7', endLine: '4', endColumn: '1', title }, message });
  });

  it('annotate each fail or missing finding at its place, severity mapped to error, warning and notice', () => {
    const r = runCli(['check', 'test/fixtures/cli/descriptors/denied.yaml', 'test/fixtures/cli/descriptors/waived.yaml', '--only-policy', 'test/fixtures/cli/packs/demo.yaml', '--format', 'github']);
    const commands = r.stdout.split('\n').filter((l) => l.startsWith('::')).map(readCommand);
    expect(commands.map((c) => [c.level, c.props.title!.split(' ')[0], c.props.file, c.props.line])).toEqual([
      ['error', 'DEMO-ITEM', 'test/fixtures/cli/descriptors/denied.yaml', '11'],
      ['error', 'DEMO-PLAN', 'test/fixtures/cli/descriptors/denied.yaml', '8'],
      ['warning', 'DEMO-REVIEW', 'test/fixtures/cli/descriptors/denied.yaml', '7'],
      ['notice', 'DEMO-GOALS', 'test/fixtures/cli/descriptors/waived.yaml', '8'],
    ]);
  });

  it('annotate the problems of a file that was not evaluated, at their lines', () => {
    const r = runCli(['check', 'bad.yaml', '--format', 'github'], { files: { 'bad.yaml': 'schemaVersion: 1\nid: bad\nfoo: 1\n' } });
    expect(r.status).toBe(2);
    const commands = r.stdout.split('\n').filter((l) => l.startsWith('::')).map(readCommand);
    expect(commands.map((c) => [c.level, c.props.file, c.props.line, c.props.title])).toContainEqual(['error', 'bad.yaml', '3', 'kanmon unknown-property']);
  });
});
