/** How an example path relates to the page's documented path templates. */
export interface TemplateMatch {
  template: string;
  /** False when no template matches and `template` is only the closest one (or the path itself). */
  matched: boolean;
}

/** A template compiled for matching. */
interface Compiled {
  template: string;
  regex: RegExp;
  /** Placeholders match within one segment, so a match needs the same number of `/`. */
  slashes: number;
  /** Length of the literal text: more literal text = more specific. */
  literal: number;
}

const cache = new Map<string, Compiled>();

/**
 * The path template (from the HTTP request section) that an example path matches. Placeholders
 * (`{id}`, `{id | userPrincipalName}`) match one path segment or a quoted key; literal text is
 * compared ignoring case, as Graph routes do. When several match, the one with the most literal
 * text wins (`/me/events/delta` over `/me/events/{id}`).
 */
export function matchTemplate(path: string, templates: string[]): TemplateMatch {
  const clean = trimPath(path);
  const exact = bestMatch(clean, templates, (t) => t);
  if (exact) return { template: trimPath(exact), matched: true };
  const loose = bestMatch(loosen(clean), templates, loosen);
  if (loose) return { template: trimPath(loose), matched: true };
  return { template: closest(clean, templates) ?? clean, matched: false };
}

/** The matching template (after `shape`) with the most literal text. */
function bestMatch(path: string, templates: string[], shape: (t: string) => string): string | undefined {
  const slashes = count(path, '/');
  let best: { template: string; literal: number } | undefined;
  for (const template of templates) {
    const c = compile(shape(template));
    if (c.slashes !== slashes || !c.regex.test(path)) continue;
    if (!best || c.literal > best.literal) best = { template, literal: c.literal };
  }
  return best?.template;
}

/**
 * The second, looser comparison, for what examples add to or write differently from their
 * templates: function arguments (`delta(token='x')` vs `delta`, `(count=2)` vs `(count=n)`),
 * type-cast segments (`/microsoft.graph.group`), `/$count`, `/$value`, `/$ref`, and `/me` for
 * `/users/{id}` (Graph's alias for the signed-in user).
 */
function loosen(path: string): string {
  const noArgs = trimPath(path).replace(/\([^/]*?\)/g, '').replace(/^\/me(?=\/|$)/i, '/users/{me}');
  const segments = noArgs.split('/').filter((s, i) => i === 0 || (s !== '' && !/^\$(count|value|ref)$/i.test(s) && !/^microsoft\.graph\.[\w.]+$/i.test(s)));
  return segments.join('/');
}

/** Drops the query string, a trailing slash and a leading `~`; makes the path start with `/`. */
export function trimPath(path: string): string {
  const noQuery = path.split('?', 1)[0]!.trim().replace(/^~/, '');
  const rooted = noQuery.startsWith('/') ? noQuery : `/${noQuery}`;
  return rooted.length > 1 ? rooted.replace(/\/+$/, '') : rooted;
}

function compile(raw: string): Compiled {
  let c = cache.get(raw);
  if (!c) {
    const template = trimPath(raw);
    const parts = template.split(/\{[^}]*\}/);
    const regex = new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`, 'i');
    c = { template, regex, slashes: parts.reduce((n, p) => n + count(p, '/'), 0), literal: parts.join('').length };
    cache.set(raw, c);
  }
  return c;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** The template sharing the longest run of leading segments with `path` (at least one). */
function closest(path: string, templates: string[]): string | undefined {
  const segments = path.toLowerCase().split('/');
  let best: { template: string; shared: number } | undefined;
  for (const template of templates) {
    const other = trimPath(template).toLowerCase().split('/');
    let shared = 0;
    while (shared < segments.length && shared < other.length && sameSegment(segments[shared]!, other[shared]!)) shared++;
    if (shared > 1 && (!best || shared > best.shared)) best = { template: trimPath(template), shared };
  }
  return best?.template;
}

function sameSegment(a: string, b: string): boolean {
  return a === b || /^\{.*\}$/.test(a) || /^\{.*\}$/.test(b);
}
