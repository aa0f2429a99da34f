/// <reference lib="dom" />
import type { HtmlCase, HtmlData, HtmlViolation } from './data.js';

/**
 * The report page's script. It is embedded with `Function.prototype.toString`, so it must not
 * use anything from outside its own body (types are erased and fine). It renders lazily: the
 * summary first, then collapsed resource groups; pages, cases and details are built when opened,
 * and long lists in chunks, so a 30,000-case run opens as fast as a small one. All text goes
 * through `textContent`, never `innerHTML`.
 */
export function clientMain(dataElement: HTMLElement | null): void {
  const data = JSON.parse(dataElement?.textContent ?? '{}') as HtmlData;
  const CHUNK = 200;
  const failing = (c: HtmlCase) => c.s === 'failed' || c.s === 'error';
  const checkOf = (c: HtmlCase) => c.id.slice(c.id.indexOf('::') + 2);

  function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string | number): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = String(text);
    return node;
  }
  function byId(id: string): HTMLElement {
    return document.getElementById(id) as HTMLElement;
  }
  function docLink(file: string, line: number): HTMLAnchorElement {
    const a = el('a', 'doc', `${file}:${line}`);
    const href = `${data.meta.docsBaseUrl}${file}#L${line}`;
    a.href = /^\s*(javascript|data|vbscript):/i.test(href) ? '#' : href;
    a.target = '_blank';
    a.rel = 'noopener';
    return a;
  }
  /** Appends items in chunks with a "show more" button, so opening a big group stays cheap. */
  function appendChunked<T>(parent: HTMLElement, items: T[], render: (item: T) => HTMLElement, from = 0): void {
    const end = Math.min(items.length, from + CHUNK);
    for (let i = from; i < end; i++) parent.append(render(items[i] as T));
    if (end < items.length) {
      const more = el('button', 'more', `Show ${Math.min(CHUNK, items.length - end)} more of ${items.length - end}`);
      more.addEventListener('click', () => {
        more.remove();
        appendChunked(parent, items, render, end);
      });
      parent.append(more);
    }
  }
  /** A `<details>` whose body is built the first time it opens. */
  function lazyDetails(cls: string, summary: HTMLElement, build: (body: HTMLElement) => void, open = false): HTMLDetailsElement {
    const details = el('details', cls);
    const body = el('div', 'body');
    details.append(summary, body);
    let built = false;
    const onToggle = () => {
      if (details.open && !built) {
        built = true;
        build(body);
      }
    };
    details.addEventListener('toggle', onToggle);
    if (open) {
      details.open = true;
      onToggle();
    }
    return details;
  }
  function counts(cases: HtmlCase[]): HTMLElement {
    const span = el('span', 'counts');
    const n = { passed: 0, failed: 0, error: 0, skipped: 0 };
    for (const c of cases) n[c.s]++;
    for (const s of ['failed', 'error', 'skipped', 'passed'] as const) if (n[s]) span.append(el('span', `pill ${s}`, `${n[s]} ${s}`));
    return span;
  }

  function renderSummary(): void {
    const m = data.meta;
    const s = m.summary;
    for (const [key, value] of [['total', s.total], ['passed', s.passed], ['failed', s.failed], ['errors', s.errors], ['skipped', s.skipped]] as const) {
      byId(`count-${key}`).textContent = String(value);
    }
    const facts: [string, string][] = [
      ['Target', m.target + (m.baseUrl ? ` (${m.baseUrl})` : '')],
      ['Docs', m.docs],
      ['Shard', m.shard ? `${m.shard.index} of ${m.shard.count}` : 'all'],
      ['Started', m.startedAt],
      ['Duration', `${(m.durationMs / 1000).toFixed(1)} s`],
    ];
    const dl = byId('facts');
    for (const [k, v] of facts) dl.append(el('dt', undefined, k), el('dd', undefined, v));
    if (!m.complete) byId('interrupted').hidden = false;
    if (m.baseline) {
      const b = m.baseline;
      const box = byId('baseline');
      box.hidden = false;
      box.append(el('span', 'pill failed', `${b.new} new`), el('span', 'pill known', `${b.known} known`), el('span', 'pill passed', `${b.fixed.length} fixed`));
      if (b.fixed.length) box.append(lazyDetails('fixed', el('summary', undefined, 'Fixed cases'), (body) => appendChunked(body, b.fixed, (id) => el('div', 'mono', id))));
    }
  }

  function renderViolation(v: HtmlViolation): HTMLElement {
    const box = el('div', 'violation');
    const head = el('div', 'vhead');
    head.append(el('span', `sev ${v.severity}`, v.severity), el('span', 'vmsg', v.message));
    if (v.pointer !== undefined) head.append(el('code', 'pointer', v.pointer || '(body)'));
    if (v.source) head.append(docLink(v.source.file, v.source.line));
    box.append(head);
    if (v.diff) {
      const pre = el('pre', 'diff');
      pre.append(el('div', 'legend', '- expected   + actual'));
      for (const [op, text] of v.diff) pre.append(el('div', op === '-' ? 'del' : op === '+' ? 'add' : 'same', `${op} ${text}`));
      box.append(pre);
    }
    return box;
  }
  function pretty(body: string): string {
    try {
      return JSON.stringify(JSON.parse(body), null, 2);
    } catch {
      return body;
    }
  }
  function renderMessage(title: string, firstLine: string, headers: Record<string, string>, body?: string): HTMLElement {
    const pre = el('pre', 'http');
    pre.append(el('div', 'first', firstLine));
    for (const [k, v] of Object.entries(headers)) pre.append(el('div', 'hdr', `${k}: ${/^(authorization|proxy-authorization|cookie|set-cookie)$/i.test(k) ? '[redacted]' : v}`));
    if (body) pre.append(el('div', 'hbody', `\n${pretty(body)}`));
    const wrap = el('div', 'msg');
    wrap.append(el('h4', undefined, title), pre);
    return wrap;
  }
  function renderCaseBody(body: HTMLElement, c: HtmlCase, page: string): void {
    const where = el('div', 'where');
    where.append(el('span', undefined, 'Doc: '), docLink(c.f ?? page, c.l), el('span', 'mono', `  ${c.id}`));
    if (c.req) where.append(el('span', 'mono', `  request-id: ${c.req}`));
    body.append(where);
    if (c.err) body.append(el('div', 'errmsg', `${c.err.code}: ${c.err.message}`));
    if (c.skip) body.append(el('div', 'skipmsg', `Skipped: ${c.skip}`));
    for (const v of c.v ?? []) body.append(renderViolation(v));
    if (c.t) {
      const t = c.t;
      const tr = el('div', 'transcript');
      tr.append(renderMessage('Request', `${t.request.method} ${t.request.url}`, t.request.headers, t.request.body));
      if (t.response) tr.append(renderMessage('Response', `HTTP ${t.response.status} (${t.response.elapsedMs} ms)`, t.response.headers, t.response.body));
      body.append(tr);
    }
  }
  function renderCase(c: HtmlCase, page: string): HTMLElement {
    const parts: HTMLElement[] = [el('span', `state ${c.s}`, c.s), el('span', 'check', checkOf(c)), el('span', 'op', c.o), el('span', 'ms', `${c.d} ms`)];
    if (c.b) parts.push(el('span', `pill ${c.b === 'new' ? 'failed' : c.b === 'known' ? 'known' : 'passed'}`, c.b));
    if (c.s === 'passed') {
      const row = el('div', 'case passed row');
      row.append(...parts);
      return row;
    }
    const summary = el('summary');
    summary.append(...parts);
    return lazyDetails(`case ${c.s}`, summary, (body) => renderCaseBody(body, c, page));
  }

  function matcher(): ((c: HtmlCase, page: string, resource: string) => boolean) | undefined {
    const onlyFailed = (byId('failed-only') as HTMLInputElement).checked;
    const q = (byId('search') as HTMLInputElement).value.trim().toLowerCase();
    if (!onlyFailed && !q) return undefined;
    return (c, page, resource) => (!onlyFailed || failing(c)) && (!q || `${c.id} ${c.o} ${page} ${resource} ${(c.v ?? []).map((v) => v.message).join(' ')}`.toLowerCase().includes(q));
  }
  function renderResults(): void {
    const match = matcher();
    const groups = data.groups
      .map((g) => ({ resource: g.resource, pages: g.pages.map((p) => ({ page: p.page, cases: match ? p.cases.filter((c) => match(c, p.page, g.resource)) : p.cases })).filter((p) => p.cases.length) }))
      .filter((g) => g.pages.length);
    const shown = groups.reduce((n, g) => n + g.pages.reduce((m, p) => m + p.cases.length, 0), 0);
    // A filtered view of few cases opens everything: that is what the reader is looking for.
    const openAll = Boolean(match) && shown <= 50;
    const list = byId('results');
    list.replaceChildren();
    byId('shown').textContent = match ? `${shown} of ${data.meta.summary.total} cases match` : `${data.meta.summary.total} cases in ${data.groups.length} resources`;
    appendChunked(list, groups, (g) => {
      const all = g.pages.flatMap((p) => p.cases);
      const head = el('summary');
      head.append(el('span', 'resource', g.resource), el('span', 'npages', `${g.pages.length} page${g.pages.length === 1 ? '' : 's'}`), counts(all));
      return lazyDetails('group', head, (body) => appendChunked(body, g.pages, (p) => {
        const ph = el('summary');
        ph.append(el('span', 'page', p.page), counts(p.cases));
        return lazyDetails('pagegroup', ph, (pb) => appendChunked(pb, p.cases, (c) => renderCase(c, p.page)), openAll);
      }), openAll);
    });
  }
  function renderDiagnostics(): void {
    const box = byId('diagnostics');
    const n = data.diagnostics.length;
    const head = el('summary', undefined, `Doc diagnostics from the build (${n})`);
    box.append(lazyDetails('diags', head, (body) => appendChunked(body, data.diagnostics, (d) => {
      const row = el('div', 'diag');
      row.append(el('span', `sev ${d.severity}`, d.severity), el('code', 'rule', d.rule), el('span', 'dmsg', d.message), docLink(d.source.file, d.source.line));
      return row;
    })));
  }

  renderSummary();
  document.body.dataset.ready = 'summary';
  renderResults();
  renderDiagnostics();
  let timer: ReturnType<typeof setTimeout> | undefined;
  byId('failed-only').addEventListener('change', renderResults);
  byId('search').addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(renderResults, 150);
  });
  document.body.dataset.ready = 'all';
}
