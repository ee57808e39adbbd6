import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { readBounded } from '../../src/parse/read-bounded.js';

// Issue 13 from the command line: every read or decode problem is one located line in the user's
// language, exit 2, no stack trace.

const dir = mkdtempSync(join(tmpdir(), 'kanmon-cli-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runCli(argv: string[], lang = 'C') {
  let stdout = '';
  let stderr = '';
  const status = run(argv, {
    stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; },
    readFile: readBounded, env: { LANG: lang }, now: () => Date.parse('2026-11-22T03:00:00Z'),
  });
  return { status, stdout, stderr };
}

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('kanmon check, reading files', () => {
  it('/dev/zero stops at the size limit', () => {
    expect(runCli(['check', '/dev/zero'])).toEqual({
      status: 2, stdout: '',
      stderr: 'kanmon: /dev/zero  too-large  /dev/zero is larger than 5242880 bytes, the most kanmon reads (limit maxBytes). Split the file.\n',
    });
  });

  it('a UTF-16 file: where and what, in English or Japanese', () => {
    const path = file('utf16.yaml', new Uint8Array([0xff, 0xfe, 0x61, 0, 0x3a, 0, 0x20, 0, 0x31, 0, 0x0a, 0]));
    expect(runCli(['check', path])).toEqual({
      status: 2, stdout: '',
      stderr: `kanmon: ${path}:1:1  wrong-encoding  The file starts with a UTF-16LE byte-order mark (byte 0). kanmon reads UTF-8 only: save the file as UTF-8.\n`,
    });
    expect(runCli(['check', path], 'ja_JP.UTF-8')).toEqual({
      status: 2, stdout: '',
      stderr: `kanmon: ${path}:1:1  wrong-encoding  ファイルの先頭に UTF-16LE のバイト順マーク（0 バイト目）があります。kanmon は UTF-8 だけを読みます。UTF-8 で保存し直してください。\n`,
    });
  });

  it('a Shift_JIS file names the byte, its line and column, and the encoding', () => {
    // "id: 申請" with 申請 in Shift_JIS (0x90 0x5C 0x90 0xBF).
    const path = file('sjis.yaml', new Uint8Array([...new TextEncoder().encode('schemaVersion: 1\nid: '), 0x90, 0x5c, 0x90, 0xbf, 0x0a]));
    expect(runCli(['check', path]).stderr).toBe(`kanmon: ${path}:2:5  wrong-encoding  Byte 21 (0x90) is not valid UTF-8; the file looks like Shift_JIS. Save it as UTF-8.\n`);
  });

  it('a Shift_JIS registry snapshot is refused the same way', () => {
    const csv = file('registry.csv', new Uint8Array([...new TextEncoder().encode('registrationNumber,service\nA-1,'), 0x93, 0xfa, 0x96, 0x7b, 0x0a]));
    const descriptor = file('d.yaml', 'schemaVersion: 1\nid: x\n');
    const r = runCli(['check', '--ismap-registry', csv, descriptor]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`kanmon: Cannot read the ISMAP registry snapshot ${csv}:\nkanmon: ${csv}:2:5  wrong-encoding  Byte 31 (0x93) is not valid UTF-8; the file looks like Shift_JIS. Save it as UTF-8.\n`);
  });

  it('kanmon test reads case tables the same way: an encoding problem is the reason the table cannot be read', () => {
    const table = file('sjis.cases.yaml', new Uint8Array([...new TextEncoder().encode('pack: x\n'), 0x93, 0xfa, 0x0a]));
    const r = runCli(['test', table]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${table}:1:1  unreadable-file  /  Cannot read ${table} (wrong-encoding 2:1).`);
  });

  it("'-' reads standard input, bounded too", { timeout: 120_000 }, () => {
    const cli = (input: string | Uint8Array) => {
      try {
        return { status: 0, stderr: execFileSync(process.execPath, ['dist/cli.js', 'check', '-'], { input, env: { ...process.env, LANG: 'C' }, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] }) };
      } catch (error) {
        const e = error as { status: number; stderr: string };
        return { status: e.status, stderr: e.stderr };
      }
    };
    expect(cli('schemaVersion: 1\nid: x\n')).toMatchObject({ status: 2, stderr: expect.stringContaining('<stdin>:1:1  missing-property  /organisation') });
    expect(cli(new Uint8Array(6 * 1024 * 1024))).toEqual({
      status: 2, stderr: 'kanmon: <stdin>  too-large  <stdin> is larger than 5242880 bytes, the most kanmon reads (limit maxBytes). Split the file.\n',
    });
  });
});
