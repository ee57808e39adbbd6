import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The installed command as a shell runs it (dist/ is built by `npm ci` or `npm run build`).
// Processes on a busy shared machine can take long: generous timeouts, nothing timed.
const SPAWNS = 120_000;
const sh = (command: string) => spawnSync('sh', ['-c', command], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });

describe('the kanmon command', () => {
  it('dist/cli.js exists (run npm run build)', () => {
    expect(existsSync('dist/cli.js')).toBe(true);
  });

  it('ends quietly when the reader closes the pipe early: kanmon packs | head -1', () => {
    const r = sh('node dist/cli.js packs | head -1');
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  }, SPAWNS);

  it('ends quietly, with its own exit status, when far more output than a pipe holds is cut off', async () => {
    // Hundreds of kilobytes (every worked example; docs/examples/ also holds packs, in subfolders): the writes go on after the reader has gone, which used to print an EPIPE stack.
    const child = spawn(process.execPath, ['dist/cli.js', 'check', 'docs/examples/*.yaml', '--verbose'], { env: { ...process.env, LANG: 'C' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(1); // some examples are denied: the status is the check's, not a crash's
  }, SPAWNS);

  it('reads the descriptor from standard input with -', () => {
    const r = sh('cat test/fixtures/cli/descriptors/denied.yaml | node dist/cli.js check - --only-policy test/fixtures/cli/packs/demo.yaml --format github');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error file=<stdin>,line=8,col=18');
  }, SPAWNS);
});
