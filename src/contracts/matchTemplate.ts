/** How an example path relates to the page's documented path templates. */
export interface TemplateMatch {
  template: string;
  /** False when no template matches and `template` is only the closest one (or the path itself). */
  matched: boolean;
}

/** One segment of a compiled template: a whole placeholder, literal text, or a mix (as a regex). */
type Segment = { any: true } | { literal: string } | { regex: RegExp };

/** A template compiled for matching, segment by segment (cheaper than one regex per template). */
interface Compiled {
  segments: Segment[];
  /** Length of the literal text: more literal text = more specific. */
  literal: number;
}

const cache = new Map<string, Compiled>();

/**
 * The path template (from the HTTP request section) that an example path matches. Placeholders
 * (`{id}`, `{id | userPrincipalName}`) match within one path segment; literal text is compared
 * ignoring case, as Graph routes do. When several match, the one with the most literal text wins
 * (`/me/events/delta` over `/me/events/{id}`). Failing that, a looser comparison (`loosen`) is
 * tried, and failing that the closest template is returned, unmatched.
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
  const parts = path.toLowerCase().split('/');
  let best: { template: string; literal: number } | undefined;
  for (const template of templates) {
    const c = compile(shape(template));
    if (matches(c, parts) && (!best || c.literal > best.literal)) best = { template, literal: c.literal };
  }
  return best?.template;
}

function matches(c: Compiled, parts: string[]): boolean {
  if (c.segments.length !== parts.length) return false;
  for (let i = 0; i < parts.length; i++) {
    const seg = c.segments[i]!;
    const part = parts[i]!;
    const ok = 'any' in seg ? part !== '' : 'literal' in seg ? seg.literal === part : seg.regex.test(part);
    if (!ok) return false;
  }
  return true;
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
    let literal = 0;
    const segments = trimPath(raw)
      .toLowerCase()
      .split('/')
      .map((seg): Segment => {
        if (/^\{[^}]*\}$/.test(seg)) return { any: true };
        const parts = seg.split(/\{[^}]*\}/);
        literal += parts.join('').length;
        if (parts.length === 1) return { literal: seg };
        return { regex: new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`) };
      });
    c = { segments, literal };
    cache.set(raw, c);
  }
  return c;
}

/** The template sharing the longest run of leading segments with `path` (at least two). */
function closest(path: string, templates: string[]): string | undefined {
  const parts = path.toLowerCase().split('/');
  let best: { template: string; shared: number } | undefined;
  for (const template of templates) {
    const { segments } = compile(template);
    let shared = 0;
    while (shared < parts.length && shared < segments.length && sameSegment(segments[shared]!, parts[shared]!)) shared++;
    if (shared > 1 && (!best || shared > best.shared)) best = { template: trimPath(template), shared };
  }
  return best?.template;
}

function sameSegment(seg: Segment, part: string): boolean {
  return 'any' in seg || /^\{.*\}$/.test(part) || ('literal' in seg ? seg.literal === part : seg.regex.test(part));
}
