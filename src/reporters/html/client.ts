/// <reference lib="dom" />
import type { HtmlCase, HtmlData, HtmlRequest, HtmlViolation } from './data.js';

/** A case with the request it checks. */
interface Row {
  c: HtmlCase;
  r: HtmlRequest;
}

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
  const failing = (row: Row) => row.c.s === 'failed' || row.c.s === 'error';
  const checkOf = (c: HtmlCase) => data.checks[c.k] ?? '?';
  const idOf = (row: Row) => `${row.r.id}::${checkOf(row.c)}`;

  function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string | number): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = String(text);
    return node;
  }
  function byId(id: string): HTMLElement {
    return document.getElementById(id) as HTMLElement;
  }
  function docLink(file: string, line: number): HTMLElement {
    const base = Object.hasOwn(data.meta.docHrefs, file) ? data.meta.docHrefs[file] : undefined;
    if (base === undefined) return el('span', 'doc', `${file}:${line}`);
    const a = el('a', 'doc', `${file}:${line}`);
    const href = data.meta.docLineAnchors ? `${base}#L${line}` : base;
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
  function counts(rows: Row[]): HTMLElement {
    const span = el('span', 'counts');
    const n = { passed: 0, failed: 0, error: 0, skipped: 0 };
    for (const row of rows) n[row.c.s]++;
    for (const s of ['failed', 'error', 'skipped', 'passed'] as const) if (n[s]) span.append(el('span', `pill ${s}`, `${n[s]} ${s}`));
    return span;
  }

  /** The summary itself is static HTML; only the list of fixed cases is built here, on demand. */
  function renderFixed(): void {
    const fixed = data.meta.baseline?.fixed ?? [];
    if (fixed.length) byId('baseline').append(lazyDetails('fixed', el('summary', undefined, 'Fixed cases'), (body) => appendChunked(body, fixed, (id) => el('div', 'mono', id))));
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
  function renderMessage(title: string, firstLine: string, headers: Record<string, string>, body?: string, note?: string): HTMLElement {
    const pre = el('pre', 'http');
    pre.append(el('div', 'first', firstLine));
    for (const [k, v] of Object.entries(headers)) pre.append(el('div', 'hdr', `${k}: ${v}`));
    if (body) pre.append(el('div', 'hbody', `\n${pretty(body)}`));
    const wrap = el('div', 'msg');
    wrap.append(el('h4', undefined, title));
    if (note) wrap.append(el('div', 'reqnote', note));
    wrap.append(pre);
    return wrap;
  }
  function renderCaseBody(body: HTMLElement, row: Row, page: string): void {
    const c = row.c;
    const where = el('div', 'where');
    where.append(el('span', undefined, 'Doc: '), docLink(c.f ?? page, c.l), el('span', 'mono', `  ${idOf(row)}`));
    if (c.req) where.append(el('span', 'mono', `  request-id: ${c.req}`));
    body.append(where);
    if (c.err) body.append(el('div', 'errmsg', `${c.err.code}: ${c.err.message}`));
    if (c.skip) body.append(el('div', 'skipmsg', `Skipped: ${c.skip}`));
    for (const v of c.v ?? []) body.append(renderViolation(v));
    for (const d of c.dd ?? []) {
      const box = el('div', 'defectnote');
      box.append(el('strong', undefined, 'Doc defect: '), el('span', undefined, `${d.reason}. Example: `), docLink(d.example.file, d.example.line));
      if (d.definition) box.append(el('span', undefined, ', table row: '), docLink(d.definition.file, d.definition.line));
      body.append(box);
    }
    const t = c.t ?? (failing(row) ? row.r.t : undefined);
    if (t) {
      const tr = el('div', 'transcript');
      tr.append(renderMessage('Request', `${t.request.method} ${t.request.url}`, t.request.headers, t.request.body, t.request.note));
      if (t.response) tr.append(renderMessage('Response', `HTTP ${t.response.status} (${t.response.elapsedMs} ms)`, t.response.headers, t.response.body));
      body.append(tr);
    }
  }
  function renderCase(row: Row, page: string): HTMLElement {
    const c = row.c;
    const parts: HTMLElement[] = [el('span', `state ${c.s}`, c.s), el('span', 'check', checkOf(c)), el('span', 'op', row.r.o), el('span', 'ms', `${c.d} ms`)];
    if (c.b) parts.push(el('span', `pill ${c.b === 'new' ? 'failed' : c.b === 'known' ? 'known' : 'passed'}`, c.b));
    if (c.dd) parts.push(el('span', 'pill docdefect', 'doc defect'));
    if (c.s === 'passed') {
      const row = el('div', 'case passed row');
      row.append(...parts);
      return row;
    }
    const summary = el('summary');
    summary.append(...parts);
    return lazyDetails(`case ${c.s}`, summary, (body) => renderCaseBody(body, row, page));
  }

  function matcher(): ((row: Row, page: string, resource: string) => boolean) | undefined {
    const onlyFailed = (byId('failed-only') as HTMLInputElement).checked;
    const onlyNew = (byId('new-only') as HTMLInputElement).checked;
    const q = (byId('search') as HTMLInputElement).value.trim().toLowerCase();
    if (!onlyFailed && !onlyNew && !q) return undefined;
    const text = (row: Row, page: string, resource: string) =>
      [idOf(row), row.r.o, page, resource, row.c.err?.code, row.c.err?.message, row.c.skip, ...(row.c.v ?? []).map((v) => v.message), ...(row.c.dd ?? []).map((d) => d.reason)].join(' ').toLowerCase();
    return (row, page, resource) => (!onlyFailed || failing(row)) && (!onlyNew || row.c.b === 'new') && (!q || text(row, page, resource).includes(q));
  }
  function renderResults(): void {
    const match = matcher();
    const groups = data.groups
      .map((g) => ({
        resource: g.resource,
        pages: g.pages
          .map((p) => {
            const rows = p.requests.flatMap((r) => r.cases.map((c) => ({ c, r })));
            return { page: p.page, cases: match ? rows.filter((row) => match(row, p.page, g.resource)) : rows };
          })
          .filter((p) => p.cases.length),
      }))
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

  renderFixed();
  renderResults();
  renderDiagnostics();
  let timer: ReturnType<typeof setTimeout> | undefined;
  byId('failed-only').addEventListener('change', renderResults);
  byId('new-only').addEventListener('change', renderResults);
  if (data.meta.baseline) byId('new-only-label').hidden = false;
  byId('search').addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(renderResults, 150);
  });
  document.body.dataset.ready = 'all';
}
