import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// docs/integrations/http-gate.mjs started as a user starts it (node, on 127.0.0.1, port 0 for a
// free port), asked over HTTP with a denied and an allowed budget request, then stopped.
// AS_OF fixes the date the gate judges at, so the answer does not move with the calendar.

let server: ChildProcessWithoutNullStreams;
let url: string;

beforeAll(async () => {
  server = spawn(process.execPath, ['docs/integrations/http-gate.mjs'], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', AS_OF: '2024-04-01' } });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = /^(http:\/\/127\.0\.0\.1:\d+\/)\n/.exec(out);
      if (line) resolve(line[1]!);
    });
    server.on('exit', (code) => reject(new Error(`the server stopped (${code})`)));
  });
}, 120_000);
afterAll(async () => {
  server.kill();
  await new Promise((resolve) => server.once('exit', resolve));
});

const post = async (body: string, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { method: 'POST', body, headers });
  return { status: res.status, body: await res.json() as Record<string, unknown> };
};

interface Blocking { ruleId: string; severity: string; status: string; pointer: string; message: string; source: { title: string; issuer: string; section: string } }

describe('the HTTP gate', () => {
  it('answers 422 with the blocking findings for a denied budget request', async () => {
    const { status, body } = await post(readFileSync('docs/examples/secure-zone.yaml', 'utf8'));
    expect(status).toBe(422);
    expect(body).toMatchObject({ decision: 'deny', asOf: '2024-04-01', phase: 'budget_request' });
    const blocking = body.blocking as Blocking[];
    expect(blocking.length).toBeGreaterThan(0);
    for (const f of blocking) {
      expect(f.severity).toBe('error');
      expect(['fail', 'missing']).toContain(f.status);
      expect(f.pointer).toMatch(/^\//);
      expect(f.message.length).toBeGreaterThan(0);
      expect(f.source.title.length).toBeGreaterThan(0);
    }
  }, 120_000);

  it('answers 200 with nothing blocking for an allowed one', async () => {
    // The bundled example that meets every national rule on its own date (2024-04-01).
    const { status, body } = await post(readFileSync('docs/examples/national-compliant.yaml', 'utf8'));
    expect({ status, decision: body.decision, blocking: body.blocking }).toEqual({ status: 200, decision: 'allow', blocking: [] });
  }, 120_000);

  it('answers in Japanese when asked, and 400 with located problems for a text that is not a descriptor', async () => {
    const { status, body } = await post('schemaVersion: 1\nid: x\norganisation: {kind: ministry, name: x}\n', { 'accept-language': 'ja-JP,ja;q=0.9' });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'invalid-descriptor', message: '記述子として不正です。評価していません。' });
    expect(body.problems).toContainEqual(expect.objectContaining({ code: 'invalid-value', pointer: '/organisation/kind', line: 3 }));
  }, 120_000);

  it('refuses anything but POST', async () => {
    expect((await fetch(url)).status).toBe(405);
  }, 120_000);
});
