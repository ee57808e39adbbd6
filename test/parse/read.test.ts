import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KanmonError } from '../../src/diagnostics/diagnostic.js';
import { readBounded } from '../../src/parse/read-bounded.js';
import { readInput } from '../../src/parse/read-input.js';
import { expectBilingual, expectOnly } from './support.js';

// Issue 13, item 1: the size is checked before reading: stat for a regular file, a bounded read
// for pipes and devices. /dev/zero must stop at the limit, not fill the memory.

const dir = mkdtempSync(join(tmpdir(), 'kanmon-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MiB = 1024 * 1024;

/** A named pipe with a writer on the other end; the reader is run while the writer writes. */
function withFifo<T>(name: string, writerScript: string, read: (path: string) => T): T {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  const writer = spawn('sh', ['-c', `${writerScript} > '${path}'`], { stdio: 'ignore' });
  try {
    return read(path);
  } finally {
    writer.kill();
  }
}

describe('readBounded', () => {
  it('/dev/zero: reads one byte past the limit and stops', () => {
    const bytes = readBounded('/dev/zero', 3 * MiB);
    expect(bytes.length).toBe(3 * MiB + 1);
    expect(readInput('/dev/zero', readBounded, { kind: 'descriptor', limits: { maxBytes: 3 * MiB } })).toEqual({
      diagnostics: [expect.objectContaining({ code: 'too-large', file: '/dev/zero', params: { file: '/dev/zero', limit: 3 * MiB } })],
    });
  });

  it('a regular file past the limit is refused from its size, which the error gives', () => {
    const path = join(dir, 'big.yaml');
    writeFileSync(path, 'x'.repeat(1000));
    let error: unknown;
    try { readBounded(path, 999); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(KanmonError);
    const d = (error as KanmonError).diagnostics[0]!;
    expect(d).toMatchObject({ code: 'too-large', file: path, params: { limit: 999, size: 1000 } });
    expectBilingual(d);
    expect(readBounded(path, 1000)).toHaveLength(1000);
  });

  it('a pipe that never ends is cut one byte past the limit', { timeout: 60_000 }, () => {
    const bytes = withFifo('endless', 'cat /dev/zero', (path) => readBounded(path, MiB));
    expect(bytes.length).toBe(MiB + 1);
  });

  it('a short pipe is read whole', { timeout: 60_000 }, () => {
    const bytes = withFifo('short', "printf 'a: 1\\n'", (path) => readBounded(path, MiB));
    expect(new TextDecoder().decode(bytes)).toBe('a: 1\n');
  });

  it('a directory or a missing file is unreadable, with the reason', () => {
    expectOnly(readInput(dir, readBounded, { kind: 'input' }), { code: 'unreadable', file: dir, params: { file: dir, reason: 'EISDIR' } });
    expectOnly(readInput(join(dir, 'none.yaml'), readBounded, { kind: 'input' }), { code: 'unreadable', params: { reason: 'ENOENT' } });
  });
});

describe('readInput', () => {
  it('refuses whatever a reader returns past the limit, and decodes the rest', () => {
    const reader = (bytes: Uint8Array) => () => bytes;
    expectOnly(readInput('a.yaml', reader(new Uint8Array(11).fill(0x61)), { kind: 'input', limits: { maxBytes: 10 } }), { code: 'too-large', params: { limit: 10 } });
    expectOnly(readInput('a.yaml', reader(new Uint8Array([0xff, 0xfe, 0x61, 0])), { kind: 'input' }), { code: 'wrong-encoding', file: 'a.yaml', line: 1, column: 1 });
    expect(readInput('a.yaml', reader(new TextEncoder().encode('a: 1')), { kind: 'input' })).toEqual({ text: 'a: 1' });
  });

  it('text from an in-memory reader is taken as it is', () => {
    expect(readInput('a.yaml', () => 'a: 1', { kind: 'input' })).toEqual({ text: 'a: 1' });
  });
});
