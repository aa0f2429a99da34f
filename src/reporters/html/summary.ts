import escapeHtml from 'escape-html';
import type { RunResult } from '../../results/types.js';
import type { HtmlData } from './data.js';

/**
 * The summary as static HTML, so it shows at first paint, before the embedded data is parsed.
 * Every value goes through escape-html.
 */
export function summaryHtml(run: RunResult, meta: HtmlData['meta']): string {
  const s = meta.summary;
  const card = (cls: string, label: string, n: number) => `<div class="card ${cls}">${label}<b id="count-${cls}">${n}</b></div>`;
  const facts: [string, string][] = [
    ['Target', run.target + (run.baseUrl ? ` (${run.baseUrl})` : '')],
    ['Docs', run.docs],
    ['Shard', run.shard ? `${run.shard.index} of ${run.shard.count}` : 'all'],
    ['Started', run.startedAt],
    ['Duration', `${(run.durationMs / 1000).toFixed(1)} s`],
  ];
  const b = meta.baseline;
  return [
    run.complete ? '' : '<div id="interrupted" class="banner">The run was interrupted: this report holds the cases that finished.</div>',
    `<div class="cards" id="summary">${card('total', 'Total', s.total)}${card('passed', 'Passed', s.passed)}${card('failed', 'Failed', s.failed)}${card('errors', 'Errors', s.errors)}${card('skipped', 'Skipped', s.skipped)}</div>`,
    b ? `<div id="baseline" class="banner">Against the baseline: <span class="pill failed">${b.new} new</span><span class="pill known">${b.known} known</span><span class="pill passed">${b.fixed.length} fixed</span></div>` : '',
    `<dl id="facts">${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`,
  ].join('\n');
}
