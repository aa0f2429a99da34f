import escapeHtml from 'escape-html';
import type { Formatter } from '../types.js';
import { clientMain } from './client.js';
import { htmlData } from './data.js';
import { STYLES } from './styles.js';

/**
 * One self-contained HTML file (no external resources, opens offline). The run is embedded as
 * JSON in a non-executing script element and rendered lazily by `clientMain`.
 */
export const formatHtml: Formatter = (run, options) => {
  const title = `graph-contracts ${run.target} run, ${run.startedAt}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<div id="interrupted" class="banner" hidden>The run was interrupted: this report holds the cases that finished.</div>
<div class="cards" id="summary">
<div class="card total">Total<b id="count-total"></b></div>
<div class="card passed">Passed<b id="count-passed"></b></div>
<div class="card failed">Failed<b id="count-failed"></b></div>
<div class="card errors">Errors<b id="count-errors"></b></div>
<div class="card skipped">Skipped<b id="count-skipped"></b></div>
</div>
<div id="baseline" class="banner" hidden>Against the baseline: </div>
<dl id="facts"></dl>
</header>
<main>
<div class="toolbar">
<label><input type="checkbox" id="failed-only"> Failures and errors only</label>
<input type="search" id="search" placeholder="Search cases, operations, pages, messages" aria-label="Search">
<span id="shown"></span>
</div>
<div id="results"></div>
<section id="diagnostics"></section>
</main>
<script type="application/json" id="gc-data">${embedJson(htmlData(run, options))}</script>
<script>(${clientMain.toString()})(document.getElementById('gc-data'));</script>
</body>
</html>
`;
};

/**
 * JSON that cannot end its script element early: `<` becomes `\u003c`, which JSON.parse reads
 * back as the same character (so `</script>` in a response body stays text).
 */
function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
