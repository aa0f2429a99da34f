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
  const slashes = count(clean, '/');
  let best: Compiled | undefined;
  for (const template of templates) {
    const c = compile(template);
    if (c.slashes !== slashes || !c.regex.test(clean)) continue;
    if (!best || c.literal > best.literal) best = c;
  }
  if (best) return { template: best.template, matched: true };
  return { template: closest(clean, templates) ?? clean, matched: false };
}

/** Drops the query string and a trailing slash. */
export function trimPath(path: string): string {
  const noQuery = path.split('?', 1)[0]!.trim();
  return noQuery.length > 1 ? noQuery.replace(/\/+$/, '') : noQuery;
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
