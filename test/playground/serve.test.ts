import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP, serveFolder } from '../../src/playground/serve.mjs';

// The playground's server serves its folder and nothing else, always with the policy.

let dir: string;
let close: () => Promise<void>;
let port: number;

/** A raw GET, so the path reaches the server as written (fetch would normalise it). */
const get = (path: string): Promise<{ status: number; csp: string | undefined; body: string }> => new Promise((resolve, reject) => {
  request({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
    let body = '';
    response.on('data', (chunk: Buffer) => (body += chunk.toString()));
    response.on('end', () => resolve({ status: response.statusCode!, csp: response.headers['content-security-policy'] as string | undefined, body }));
  }).on('error', reject).end();
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kanmon-serve-'));
  mkdirSync(join(dir, 'site'));
  writeFileSync(join(dir, 'site', 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(dir, 'site', 'notes.txt'), 'not a page file');
  writeFileSync(join(dir, 'secret.js'), 'outside the folder');
  const { server, url } = await serveFolder(join(dir, 'site'));
  port = Number(new URL(url).port);
  close = () => new Promise((resolve) => server.close(() => resolve()));
});

afterAll(async () => {
  await close?.();
  rmSync(dir, { recursive: true, force: true });
});

describe('serveFolder', () => {
  it('serves the page with the Content-Security-Policy', async () => {
    const page = await get('/');
    expect(page).toMatchObject({ status: 200, body: '<!doctype html><title>t</title>' });
    expect(page.csp).toBe(CSP);
    expect(CSP).toContain("script-src 'self'");
  });

  it('answers 404 outside the folder, for other kinds of file, and for malformed paths', async () => {
    for (const path of ['/../secret.js', '/%2e%2e/secret.js', '/..%2fsecret.js', '/notes.txt', '/%zz', '/missing.js']) {
      expect((await get(path)).status, path).toBe(404);
    }
  });
});
