import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureRun, releaseBaseline } from '../__fixtures__/run.js';
import { CHROMIUM, launchChromium } from '../__helpers__/chromium.js';
import { findTool, requireTool } from '../__helpers__/requireTool.js';
import { writeReports } from '../write.js';

const REPORTS = resolve(import.meta.dirname, '../../../reports');
const baseline = releaseBaseline([
  ['event-list', 'status-code-documented', ''],
  ['user-get', 'status-code-documented', ''],
]);

describe('HTML report in headless chromium', () => {
  let dir: string;
  let browser: Browser | undefined;
  let page: Page;
  const external: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gc-html-'));
    writeReports(fixtureRun(), dir, { baseline, docsBaseUrl: 'https://example.test/docs/' });
    if (!findTool(CHROMIUM)) return;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      external.push(url);
      return route.abort();
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(join(dir, 'index.html')).href);
    await page.waitForSelector('body[data-ready="all"]');
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('shows the counts, filters to failures, expands one with diff and transcript', async (ctx) => {
    requireTool(ctx, CHROMIUM, 'apt-get install -y chromium');
    const count = (key: string) => page.textContent(`#count-${key}`);
    expect([await count('total'), await count('passed'), await count('failed'), await count('errors'), await count('skipped')]).toEqual(['7', '3', '2', '1', '1']);
    const facts = await page.textContent('#facts');
    expect(facts).toContain('mock (http://127.0.0.1:4010)');
    expect(facts).toContain('1 of 4');
    expect(facts).toContain('contracts/docs');
    expect(await page.textContent('#baseline')).toMatch(/2 new.*1 known.*1 fixed/);
    // Collapsed by default: no case is built before its group opens.
    expect(await page.locator('.case').count()).toBe(0);

    await page.check('#failed-only');
    expect(await page.textContent('#shown')).toBe('3 of 7 cases match');
    expect(await page.locator('.case.passed, .case.skipped').count()).toBe(0);
    expect(await page.locator('details.case').count()).toBe(3);

    const failure = page.locator('details.case.failed', { hasText: 'response-body-matches-schema' });
    await failure.locator('summary').click();
    const body = failure.locator('.body');
    // The details body is built on the (asynchronous) toggle event.
    await body.locator('.transcript').waitFor();
    expect(await body.locator('.violation').count()).toBe(2);
    const removed = (await body.locator('pre.diff').first().locator('.del').allTextContents()).join('\n');
    const added = (await body.locator('pre.diff').first().locator('.add').allTextContents()).join('\n');
    expect(removed).toContain('"type": "boolean"');
    expect(added).toContain('"yes"');
    expect(await body.locator('a.doc').first().getAttribute('href')).toBe('https://example.test/docs/api/user-get.md#L42');
    expect(await failure.locator('summary .pill.docdefect').textContent()).toBe('doc defect');
    const note = body.locator('.defectnote').first();
    expect(await note.textContent()).toContain('documents it as Edm.Boolean');
    expect(await note.locator('a.doc').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['https://example.test/docs/api/user-get.md#L90', 'https://example.test/docs/resources/user.md#L77']);
    const transcript = await body.locator('.transcript').textContent();
    expect(transcript).toContain('authorization: [redacted]');
    expect(transcript).toContain('<script>alert(1)</script>');
    expect(await body.textContent()).toContain('request-id: 7f3c1a2b-0000-4000-8000-000000000001');

    mkdirSync(REPORTS, { recursive: true });
    await page.screenshot({ path: join(REPORTS, 'html-report.png'), fullPage: true });
    expect(dialogs).toEqual([]);
    expect(external).toEqual([]);

    await page.check('#new-only');
    expect(await page.textContent('#shown')).toBe('2 of 7 cases match');
    await page.uncheck('#new-only');
  });

  test('search narrows the cases; diagnostics open on demand', async (ctx) => {
    requireTool(ctx, CHROMIUM, 'apt-get install -y chromium');
    await page.uncheck('#failed-only');
    await page.fill('#search', 'me/events');
    await page.waitForFunction(() => document.getElementById('shown')?.textContent === '2 of 7 cases match');
    expect(await page.locator('.resource').allTextContents()).toEqual(['event']);
    await page.fill('#search', 'econnrefused');
    await page.waitForFunction(() => document.getElementById('shown')?.textContent === '1 of 7 cases match');
    await page.fill('#search', '');
    await page.waitForFunction(() => document.getElementById('shown')?.textContent === '7 cases in 3 resources');
    await page.click('#diagnostics summary');
    await page.locator('#diagnostics .diag').waitFor();
    expect(await page.textContent('#diagnostics .diag')).toContain('annotation-trailing-comma');
  });

  test('a big run renders lazily: groups in chunks, nothing inside a group until it opens; interrupted runs say so', async (ctx) => {
    requireTool(ctx, CHROMIUM, 'apt-get install -y chromium');
    const [passed] = fixtureRun().cases;
    const cases = Array.from({ length: 2_500 }, (_, i) => ({ ...passed!, id: `p${i}::c`, contractId: `p${i}`, resource: `r${String(i % 500).padStart(3, '0')}`, page: `api/p${i}.md` }));
    writeReports(fixtureRun({ cases, complete: false }), join(dir, 'big'), {});
    const big = await browser!.newPage();
    await big.goto(pathToFileURL(join(dir, 'big', 'index.html')).href);
    await big.waitForSelector('body[data-ready="all"]');
    expect(await big.isVisible('#interrupted')).toBe(true);
    expect(await big.textContent('#count-total')).toBe('2500');
    expect(await big.locator('details.group').count()).toBe(200);
    expect(await big.locator('details.pagegroup, .case').count()).toBe(0);
    await big.click('button.more');
    expect(await big.locator('details.group').count()).toBe(400);
    await big.locator('details.group summary').first().click();
    await big.locator('details.pagegroup').first().waitFor();
    expect(await big.locator('details.pagegroup').count()).toBe(5);
    await big.close();
  });

  test('embeds no external resource', () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?https?:/i);
    expect(html).not.toContain('</script><script>alert');
  });
});
