import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledEditions, diffEditions, evaluate, parseDescriptor } from '../../src/index.js';
import { buildPlayground } from '../../src/playground/build.mjs';
import { serveFolder } from '../../src/playground/serve.mjs';
import { chromiumPath } from './chromium.js';

// The playground as a user meets it: built as `npm run playground` builds it, served by its own
// server under its Content-Security-Policy, driven in headless Chromium. Run by `npm run test:browser`.

const SECURE_ZONE = readFileSync('docs/examples/secure-zone.yaml', 'utf8');
/** The JavaScript budget of the page, gzipped. */
const BUDGET_BYTES = 300 * 1024;

let outdir: string;
let files: string[];
let server: Server;
let url: string;
let browser: Browser;

interface OpenPage {
  page: Page;
  /** Console errors, uncaught exceptions and CSP reports seen so far. */
  errors: string[];
  csp: string | undefined;
}

async function open(address = url, locale = 'en-GB'): Promise<OpenPage> {
  const page = await browser.newPage({ locale, viewport: { width: 1366, height: 900 } });
  page.setDefaultTimeout(120_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  const response = await page.goto(address);
  await page.waitForSelector('body[data-ready="yes"]', { state: 'attached' });
  return { page, errors, csp: response?.headers()['content-security-policy'] };
}

/** The 1-based line of the caret in the editor. */
const caretLine = (page: Page): Promise<number> =>
  page.$eval('#descriptor', (t) => (t as HTMLTextAreaElement).value.slice(0, (t as HTMLTextAreaElement).selectionStart).split('\n').length);

beforeAll(async () => {
  const executablePath = chromiumPath();
  outdir = mkdtempSync(join(tmpdir(), 'kanmon-playground-'));
  ({ files } = await buildPlayground({ outdir }));
  ({ server, url } = await serveFolder(outdir));
  browser = await chromium.launch({ executablePath, timeout: 0, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

describe('the playground build', () => {
  it('is a folder of index.html, one script and one stylesheet, with nothing inline', () => {
    expect(files).toEqual(['index.html', 'playground.css', 'playground.js']);
    const html = readFileSync(join(outdir, 'index.html'), 'utf8');
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="playground.js">']);
    expect(html).not.toMatch(/\son[a-z]+=|\sstyle=|https?:\/\//);
  });

  it(`keeps the page's JavaScript within ${BUDGET_BYTES / 1024} KB gzipped`, () => {
    const gzipped = files.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipSync(readFileSync(join(outdir, f)), { level: 9 }).length, 0);
    expect(gzipped).toBeGreaterThan(10_000); // the engine and the packs are in it
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});

describe('the playground in Chromium', () => {
  it('loads under script-src \'self\' with no console error, and checks the secure-zone example: deny, with its findings', async () => {
    const { page, errors, csp } = await open();
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(await page.inputValue('#example')).toBe('secure-zone.yaml');
    expect(await page.getAttribute('.decision', 'data-decision')).toBe('deny');
    expect(await page.textContent('.decision h3')).toBe('Denied');
    const blocking = page.locator('details.group[data-severity="error"][data-status="missing"] article.finding');
    expect(await blocking.count()).toBe(1);
    const finding = blocking.first();
    expect(await finding.getAttribute('data-rule-id')).toBe('PF-NW-02');
    expect(await finding.locator('.source').textContent()).toContain('Government Common Platform Phase-2 Development Plan');
    expect(await finding.locator('.remediation').textContent()).toContain('/sites');
    // Other findings are there too, folded: the warnings that are missing.
    expect(await page.locator('details.group[data-severity="warning"][data-status="missing"]').count()).toBe(1);
    await page.close();
    expect(errors).toEqual([]);
  });

  it("a finding's line button puts the caret on that line; fixing the finding turns the decision to allow", async () => {
    const { page, errors } = await open();
    const button = page.locator('article.finding[data-rule-id="PF-NW-02"] .where button.pointer');
    const line = Number((await button.textContent())!.match(/line (\d+)/)![1]);
    expect(line).toBe(18); // /sites is absent: the finding points at the document, whose first key is on line 18
    await button.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('descriptor');
    expect(await caretLine(page)).toBe(line);

    await page.fill('#descriptor', `${SECURE_ZONE}sites: []\n`);
    await page.waitForSelector('.decision[data-decision="allow"]');
    expect(await page.textContent('.decision h3')).toBe('Allowed');
    expect(await page.inputValue('#example')).toBe('');
    expect(await page.textContent('#announce')).toBe('Allowed');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('a syntax error and a schema error show at their lines, as the library locates them', async () => {
    const { page, errors } = await open();
    const broken = SECURE_ZONE.replace('evaluatedOn: "2019-10-28"', 'evaluatedOn: "2019-10-28');
    const expected = parseDescriptor(broken);
    if (expected.ok) throw new Error('the broken text parses');
    await page.fill('#descriptor', broken);
    await page.waitForSelector('#problems-status[data-state="invalid"]');
    const first = page.locator('#problems-list li.diagnostic').first();
    expect(Number(await first.getAttribute('data-line'))).toBe(expected.diagnostics[0]!.line);
    expect(await first.textContent()).toContain(expected.diagnostics[0]!.message.en);
    expect(await page.locator(`#gutter .gutter-line.has-problem[data-line="${expected.diagnostics[0]!.line}"]`).count()).toBe(1);
    expect(await page.locator('.decision').count()).toBe(0);

    // A schema error: a value of the wrong kind, on line 19 (id).
    const lines = SECURE_ZONE.split('\n');
    const idLine = lines.findIndex((l) => l.startsWith('id: ')) + 1;
    await page.fill('#descriptor', SECURE_ZONE.replace('id: gcp-secure-zone', 'id: [not, a, string]'));
    await page.waitForSelector(`#problems-list li.diagnostic[data-line="${idLine}"]`);
    await page.locator(`#problems-list li.diagnostic[data-line="${idLine}"] button`).click();
    expect(await caretLine(page)).toBe(idLine);

    await page.fill('#descriptor', SECURE_ZONE);
    await page.waitForSelector('#problems-status[data-state="valid"]');
    expect(await page.locator('#gutter .has-problem').count()).toBe(0);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('switches the whole page to Japanese: the page language, its own words and the library messages', async () => {
    const { page, errors } = await open();
    await page.selectOption('#lang', 'ja');
    await page.waitForSelector('html[lang="ja"]');
    expect(await page.textContent('.decision h3')).toBe('不可');
    expect(await page.textContent('#tab-report')).toBe('報告');
    expect(await page.textContent('#editor-heading')).toBe('記述子');
    expect(await page.textContent('label[for="opt-as-of"]')).toBe('基準日');
    const parsed = parseDescriptor(SECURE_ZONE);
    if (!parsed.ok) throw new Error('secure-zone does not parse');
    const inNode = evaluate(parsed.descriptor, { lang: 'ja' }).findings.find((f) => f.ruleId === 'PF-NW-02')!;
    expect(await page.textContent('article.finding[data-rule-id="PF-NW-02"] .message')).toBe(inNode.message);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('options change the evaluation: an as-of date before the packs came into force, the packs checked', async () => {
    const { page, errors } = await open();
    await page.fill('#opt-as-of', '2016-09-01');
    await page.waitForFunction(() => document.querySelector('.decision .meta')?.textContent?.includes('2016-09-01'));
    expect(await page.getAttribute('.decision', 'data-decision')).toBe('allow');
    expect(await page.locator('article.finding[data-rule-id="PF-NW-02"]').count()).toBe(0);
    // With every pack left out nothing is checked, and the page does not call that "allowed".
    for (const box of await page.locator('input[id^="opt-pack-"]').all()) await box.uncheck();
    await page.waitForSelector('#panel-report [role="alert"]');
    expect(await page.locator('.decision').count()).toBe(0);
    await page.check('#opt-pack-gov-common-platform');
    await page.fill('#opt-as-of', '');
    await page.waitForSelector('.decision[data-decision="deny"]');
    expect(await page.locator('article.finding').first().getAttribute('data-rule-id')).toBe('PF-NW-02');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('draws the network of a three-layer example as SVG, the failing flow marked, and its button finds the flow', async () => {
    const { page, errors } = await open();
    await page.selectOption('#example', 'three-layer-beta-no-edr.yaml');
    await page.click('#tab-graph');
    await page.waitForSelector('#panel-graph svg.network');
    const statuses = await page.$$eval('#panel-graph svg g.flow', (flows) => flows.map((f) => f.getAttribute('data-status')));
    expect(statuses).toEqual(['ok', 'ok', 'fail', 'ok', 'ok']);
    expect(await page.textContent('#panel-graph svg g.flow[data-status="fail"]')).toContain('NG TL-LG-02');
    const text = readFileSync('docs/examples/three-layer-beta-no-edr.yaml', 'utf8').split('\n');
    await page.locator('#panel-graph ul.flows li').nth(2).locator('button').click();
    expect(text[(await caretLine(page)) - 1]).toContain('mail-to-lgwan');
    // Arrow keys move between the tabs.
    await page.focus('#tab-graph');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('#tab-diff', 'aria-selected')).toBe('true');
    expect(await page.isHidden('#panel-graph')).toBe(true);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('the diff view lists the standard guideline 2014-12 → 2019-02 changes and what they do to the descriptor', async () => {
    const { page, errors } = await open();
    await page.click('#tab-diff');
    await page.waitForSelector('.diff-summary');
    expect(await page.inputValue('#diff-pack')).toBe('standard-guideline');
    expect(await page.inputValue('#diff-from')).toBe('2014-12');
    expect(await page.inputValue('#diff-to')).toBe('2019-02');
    const find = (edition: string) => bundledEditions().find((e) => e.pack === 'standard-guideline' && e.edition === edition)!;
    const diff = diffEditions(find('2014-12'), find('2019-02'));
    expect(diff.added.length + diff.changed.length).toBeGreaterThan(0);
    expect(await page.$$eval('ul.added li', (items) => items.map((i) => i.getAttribute('data-rule-id')))).toEqual(diff.added.map((r) => r.ruleId));
    expect(await page.$$eval('ul.changed li', (items) => items.map((i) => i.getAttribute('data-rule-id')))).toEqual(diff.changed.map((c) => c.ruleId));
    expect(await page.locator('ul.removed li').count()).toBe(diff.removed.length);
    expect(await page.getAttribute('.impact-decision', 'data-before')).toMatch(/^(allow|deny)$/);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('a shared link reopens the same text, options, language and view; an unreadable link says so', async () => {
    const { page, errors } = await open();
    const edited = `${SECURE_ZONE}# edited for the link\n`;
    await page.fill('#descriptor', edited);
    await page.fill('#opt-as-of', '2020-04-01');
    await page.check('#opt-retroactive');
    await page.selectOption('#lang', 'ja');
    await page.click('#tab-diff');
    await page.selectOption('#diff-from', '2019-02');
    await page.click('#share');
    const link = await (await page.waitForSelector('#share-link')).inputValue();
    expect(link).toMatch(/#v1=[A-Za-z0-9_-]+$/);
    await page.close();

    const again = await open(link);
    expect(await again.page.inputValue('#descriptor')).toBe(edited);
    expect(await again.page.inputValue('#opt-as-of')).toBe('2020-04-01');
    expect(await again.page.isChecked('#opt-retroactive')).toBe(true);
    expect(await again.page.getAttribute('html', 'lang')).toBe('ja');
    expect(await again.page.getAttribute('#tab-diff', 'aria-selected')).toBe('true');
    expect(await again.page.inputValue('#diff-from')).toBe('2019-02');
    await again.page.close();

    const broken = await open(`${url}#v1=not-a-deflated-state`);
    expect(await broken.page.textContent('#share-status')).toContain('could not be read');
    expect(await broken.page.inputValue('#example')).toBe('secure-zone.yaml');
    await broken.page.close();
    expect([...errors, ...again.errors, ...broken.errors]).toEqual([]);
  });
});
