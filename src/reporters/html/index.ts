import escapeHtml from 'escape-html';
import type { Formatter } from '../types.js';
import { clientMain } from './client.js';
import { htmlData } from './data.js';
import { STYLES } from './styles.js';
import { summaryHtml } from './summary.js';

/**
 * One self-contained HTML file (no external resources, opens offline). The run is embedded as
 * JSON in a non-executing script element and rendered lazily by `clientMain`.
 */
export const formatHtml: Formatter = (run, options) => {
  const title = `graph-contracts ${run.target} run, ${run.startedAt}`;
  const data = htmlData(run, options);
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
${summaryHtml(run, data.meta)}
</header>
<main>
<div class="toolbar">
<label><input type="checkbox" id="failed-only"> Failures and errors only</label>
<label id="new-only-label" hidden><input type="checkbox" id="new-only"> New failures only</label>
<input type="search" id="search" placeholder="Search cases, operations, pages, messages" aria-label="Search">
<span id="shown"></span>
</div>
<div id="results"></div>
<section id="diagnostics"></section>
</main>
<script type="application/json" id="gc-data">${embedJson(data)}</script>
<script>${CLIENT_PRELUDE}(${clientMain.toString()})(document.getElementById('gc-data'));</script>
</body>
</html>
`;
};

/**
 * esbuild (tsx, vitest) compiles with keepNames and wraps functions in `__name(fn, "name")`; the
 * page has no such helper, so give it an identity one. Harmless when tsc compiled the script.
 */
const CLIENT_PRELUDE = 'var __name = function (f) { return f; };\n';

/**
 * JSON that cannot end its script element early: `<` becomes `\u003c`, which JSON.parse reads
 * back as the same character (so `</script>` in a response body stays text).
 */
function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
