import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build, type Metafile, type OutputFile } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, parseDescriptor, type Report } from '../../src/index.js';
import { chromiumPath } from './chromium.js';

// The built package's main entry, bundled for the browser as a user's bundler would (esbuild,
// platform browser, no stubs for Node), evaluates every worked example in headless Chromium on a
// page served from 127.0.0.1 under `Content-Security-Policy: script-src 'self'` (no unsafe-eval),
// and its reports equal Node's. Run by `npm run test:browser` (needs `npm run build` first).

const FILES = readdirSync('docs/examples').filter((f) => f.endsWith('.yaml')).sort().map((f) => `docs/examples/${f}`);
const AS_OF = '2024-06-01';
const CSP = "script-src 'self'";

interface PageResult {
  reports: Record<string, Report>;
  asyncReports: Record<string, Report>;
  error?: string;
  violations: string[];
  evalBlocked: boolean;
}

let bundle: { files: Map<string, OutputFile>; metafile: Metafile };
let server: Server;
let browser: Browser;
let result: PageResult;

/** The outputs a page loads before any dynamic import: the entry and the chunks it imports statically. */
function staticClosure(metafile: Metafile, entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (output: string): void => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const i of metafile.outputs[output]!.imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entry);
  return seen;
}

const inputsOf = (metafile: Metafile, outputs: Iterable<string>): string[] => [...outputs].flatMap((o) => Object.keys(metafile.outputs[o]!.inputs));

beforeAll(async () => {
  if (!existsSync('dist/index.js')) throw new Error('dist/ is missing: run npm run build before npm run test:browser.');
  const executablePath = chromiumPath();
  const built = await build({
    entryPoints: { page: 'test/browser/page.mjs' }, bundle: true, platform: 'browser', format: 'esm', splitting: true,
    outdir: 'bundle', write: false, metafile: true, logLevel: 'silent',
  });
  bundle = { files: new Map(built.outputFiles.map((f) => [f.path.slice(f.path.lastIndexOf('/') + 1), f])), metafile: built.metafile };

  const page = `<!doctype html><meta charset="utf-8"><title>kanmon</title>`
    + `<pre id="out" data-input="${JSON.stringify({ files: FILES, asOf: AS_OF }).replace(/"/g, '&quot;')}"></pre>`
    + '<script type="module" src="/page.js"></script>';
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname).slice(1);
    const asset = bundle.files.get(path);
    if (path === '') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }).end(page);
    else if (asset) response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(asset.contents);
    else if (FILES.includes(path)) response.writeHead(200, { 'content-type': 'text/yaml; charset=utf-8' }).end(readFileSync(path));
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  // No timeouts of its own: on a busy machine Chromium may take long to start, never too long.
  browser = await chromium.launch({ executablePath, timeout: 0, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  const tab = await browser.newPage();
  const pageErrors: string[] = [];
  tab.on('pageerror', (error) => pageErrors.push(String(error)));
  await tab.goto(url, { timeout: 0 });
  await tab.waitForSelector('#out[data-done="yes"]', { state: 'attached', timeout: 0 });
  result = JSON.parse((await tab.textContent('#out')) ?? '{}') as PageResult;
  if (pageErrors.length > 0) result.error = [result.error, ...pageErrors].filter(Boolean).join('\n');
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

describe('kanmon in a browser under a strict Content-Security-Policy', () => {
  it('the page really forbids eval, and kanmon ran without a single violation', () => {
    expect(result.evalBlocked).toBe(true);
    expect(result.error).toBeUndefined();
    expect(result.violations).toEqual([]);
  });

  it("evaluate() in Chromium gives Node's report for every worked example", () => {
    expect(Object.keys(result.reports)).toEqual(FILES);
    for (const file of FILES) {
      const parsed = parseDescriptor(readFileSync(file, 'utf8'), file);
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      const inNode = evaluate(parsed.descriptor, { asOf: AS_OF, ...(parsed.source ? { source: parsed.source } : {}) });
      expect(result.reports[file], file).toEqual(JSON.parse(JSON.stringify(inNode)));
    }
    expect(Object.values(result.reports).some((r) => r.findings.some((f) => f.status === 'fail' && f.line !== undefined))).toBe(true);
  });

  it('evaluateAsync() loads json-rules-engine on demand and gives the same reports', () => {
    expect(result.asyncReports).toEqual(result.reports);
    const entry = Object.keys(bundle.metafile.outputs).find((o) => bundle.metafile.outputs[o]!.entryPoint === 'test/browser/page.mjs')!;
    const loadedFirst = inputsOf(bundle.metafile, staticClosure(bundle.metafile, entry));
    const everything = inputsOf(bundle.metafile, Object.keys(bundle.metafile.outputs));
    expect(loadedFirst.some((input) => input.startsWith('dist/'))).toBe(true);
    expect(everything.some((input) => input.includes('node_modules/json-rules-engine/'))).toBe(true);
    expect(loadedFirst.filter((input) => input.includes('node_modules/json-rules-engine/'))).toEqual([]);
  });
});
