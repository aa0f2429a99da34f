/**
 * `npm run bench:report`: size of the HTML report of a corpus-sized run, and the time until its
 * summary is visible in headless Chromium, against the open time of a trivial page in the same
 * run. Uses BENCH_RESULTS (or reports/results.json) when it holds a run of 10,000+ cases, else a
 * synthetic run of corpus size, and says which.
 */
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../src/reporters/__helpers__/chromium.js';
import { formatHtml } from '../src/reporters/html/index.js';
import { formatJunit } from '../src/reporters/junit.js';
import { readRunResult } from '../src/reporters/read.js';
import type { RunResult } from '../src/results/types.js';
import { syntheticRun } from './syntheticRun.js';

const CORPUS_PAGES = process.env.GRAPH_DOCS_API_DIR ?? '/tmp/corpus/microsoft-graph-docs/api-reference/beta/api';
const ROUNDS = 3;

function loadRun(): { run: RunResult; source: string } {
  const file = resolve(process.env.BENCH_RESULTS ?? 'reports/results.json');
  if (existsSync(file)) {
    const run = readRunResult(file, 'BENCH_RESULTS');
    if (run.cases.length >= 10_000) return { run, source: file };
  }
  return { run: syntheticRun(existsSync(CORPUS_PAGES) ? CORPUS_PAGES : undefined), source: 'synthetic' };
}

/**
 * Milliseconds from navigation start until the summary counts are painted (`open`), and until
 * the page script has rendered the result groups and the page answers clicks (`ready`).
 */
async function openMs(browser: Browser, file: string): Promise<{ open: number; ready: number }> {
  const page = await browser.newPage();
  const start = performance.now();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'commit' });
  await page.waitForFunction(() => (document.getElementById('count-total')?.textContent ?? '') !== '', undefined, { polling: 'raf', timeout: 60_000 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(undefined))));
  const open = performance.now() - start;
  await page.waitForFunction(() => document.body.dataset.ready === 'all' || !document.getElementById('gc-data'), undefined, { polling: 'raf', timeout: 60_000 });
  const ready = performance.now() - start;
  await page.close();
  return { open, ready };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const { run, source } = loadRun();
const dir = mkdtempSync(join(tmpdir(), 'gc-bench-report-'));
try {
  const t0 = performance.now();
  const html = formatHtml(run, {});
  const renderMs = performance.now() - t0;
  const junitMb = Buffer.byteLength(formatJunit(run, {})) / 1e6;
  const reportFile = join(dir, 'index.html');
  writeFileSync(reportFile, html);
  const trivialFile = join(dir, 'trivial.html');
  writeFileSync(trivialFile, '<!doctype html><html><body><b id="count-total">1</b></body></html>');
  const browser = await launchChromium();
  try {
    await openMs(browser, trivialFile); // warm-up: first page of a fresh browser pays process start-up
    const report: { open: number; ready: number }[] = [];
    const trivial: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      trivial.push((await openMs(browser, trivialFile)).open);
      report.push(await openMs(browser, reportFile));
    }
    const open = median(report.map((r) => r.open));
    const mb = statSync(reportFile).size / 1e6;
    console.log(`source=${source} html_render_ms=${renderMs.toFixed(0)} junit_mb=${junitMb.toFixed(2)}`);
    console.log(`cases=${run.cases.length} html_mb=${mb.toFixed(2)} open_ms=${open.toFixed(0)}`);
    console.log(`ready_ms=${median(report.map((r) => r.ready)).toFixed(0)} (results list rendered, page interactive)`);
    console.log(`baseline_open_ms=${median(trivial).toFixed(0)} ratio=${(open / median(trivial)).toFixed(1)} target_open_ms<=2000`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
