import { withoutQuery } from './pathText.js';

/** How an example path relates to the page's documented path templates. */
export interface TemplateMatch {
  template: string;
  /** False when no template matches and `template` is only the closest one (or the path itself). */
  matched: boolean;
}

// Module constants: a regex literal inside a function makes a new RegExp object per call.
const PLACEHOLDER = /\{[^}]*\}/;
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
const BRACED = /^\{.*\}$/;
/** What `.` in a pattern does not match. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const ARGUMENTS = /\([^/]*?\)/g;
const ME = /^\/me(?=\/|$)/i;
const SUFFIX_SEGMENT = /^\$(count|value|ref)$/i;
const CAST_SEGMENT = /^microsoft\.graph\.[\w.]+$/i;

/**
 * The path template (from the HTTP request section) that an example path matches. Placeholders
 * (`{id}`, `{id | userPrincipalName}`) match within one path segment; literal text is compared
 * ignoring case, as Graph routes do. When several match, the one with the most literal text wins
 * (`/me/events/delta` over `/me/events/{id}`). Failing that, a looser comparison (`loosen`) is
 * tried, and failing that the closest template is returned, unmatched.
 *
 * Templates are compared where they are written, segment by segment, rather than compiled: one
 * example of the reference is matched against each template of its page, and compiling each
 * template (or keeping compiled ones from build to build) cost more than comparing.
 */
export function matchTemplate(path: string, templates: readonly string[]): TemplateMatch {
  const clean = trimPath(path);
  const parts = clean.toLowerCase().split('/');
  const exact = bestMatch(parts, templates, trimPath);
  if (exact) return { template: trimPath(exact), matched: true };
  const loose = bestMatch(loosen(clean).toLowerCase().split('/'), templates, looseTemplate);
  if (loose) return { template: trimPath(loose), matched: true };
  return { template: closest(parts, templates) ?? clean, matched: false };
}

const looseTemplate = (template: string) => trimPath(loosen(template));

/** The template whose `shape` matches `parts` with the most literal text (the first of equals). */
function bestMatch(parts: readonly string[], templates: readonly string[], shape: (template: string) => string): string | undefined {
  let best: string | undefined;
  let most = -1;
  for (const template of templates) {
    const literal = literalMatched(shape(template), parts);
    if (literal > most) {
      best = template;
      most = literal;
    }
  }
  return best;
}

/** The literal text's length when trimmed template `t` matches the path's segments, else -1. */
function literalMatched(t: string, parts: readonly string[]): number {
  let literal = 0;
  let start = 0;
  for (let i = 0; i < parts.length; i++) {
    if (start > t.length) return -1;
    const slash = t.indexOf('/', start);
    const end = slash < 0 ? t.length : slash;
    const n = segmentMatch(t, start, end, parts[i]!);
    if (n < 0) return -1;
    literal += n;
    start = end + 1;
  }
  // Every segment of the template was compared: it has as many as the path.
  return start > t.length ? literal : -1;
}

/**
 * Compares segment `[start, end)` of template `t` with a lower-cased path segment: a whole
 * placeholder matches any non-empty segment, literal text the same text in any case, and a
 * segment mixing both (`{a}-{b}`, `f(x='{x}')`) as a pattern. Returns the segment's literal
 * length when they match, else -1.
 */
function segmentMatch(t: string, start: number, end: number, part: string): number {
  const open = t.indexOf('{', start);
  if (open < 0 || open >= end) return literalMatch(t, start, end, part);
  if (wholePlaceholder(t, start, end)) return part === '' ? -1 : 0;
  return mixedMatch(t.slice(start, end).toLowerCase(), part);
}

/** Segment `[start, end)` of `t` is one placeholder (`{id}`, `{id | userPrincipalName}`). */
const wholePlaceholder = (t: string, start: number, end: number): boolean => t.charCodeAt(start) === 0x7b && t.indexOf('}', start) === end - 1;

/**
 * Literal segment `[start, end)` of `t` against a lower-cased path segment, ignoring case. ASCII
 * is folded in place; a segment with other characters is lower-cased as a whole (as a template
 * always was), so that the comparison is the same for every text.
 */
function literalMatch(t: string, start: number, end: number, part: string): number {
  const n = end - start;
  if (part.length === n) {
    for (let i = 0; i < n; i++) {
      let c = t.charCodeAt(start + i);
      if (c >= 0x80) return wholeMatch(t.slice(start, end).toLowerCase(), part);
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      if (c !== part.charCodeAt(i)) return -1;
    }
    return n;
  }
  for (let i = start; i < end; i++) if (t.charCodeAt(i) >= 0x80) return wholeMatch(t.slice(start, end).toLowerCase(), part);
  return -1;
}

const wholeMatch = (segment: string, part: string): number => (segment === part ? segment.length : -1);

/** A lower-cased segment with placeholders in its text: each placeholder stands for one or more characters. */
function mixedMatch(segment: string, part: string): number {
  const texts = segment.split(PLACEHOLDER);
  if (texts.length === 1) return wholeMatch(segment, part);
  const literal = texts.join('').length;
  if (texts.length === 2) {
    // One placeholder (`f(x='{x}')`, the usual mix): `^head.+tail$` without making a regex.
    const [head, tail] = texts as [string, string];
    const fits = part.length > literal && part.startsWith(head) && part.endsWith(tail) && !LINE_BREAK.test(part.slice(head.length, part.length - tail.length));
    return fits ? literal : -1;
  }
  const regex = new RegExp(`^${texts.map((p) => p.replace(REGEX_SPECIAL, '\\$&')).join('.+')}$`);
  return regex.test(part) ? literal : -1;
}

/**
 * The second, looser comparison, for what examples add to or write differently from their
 * templates: function arguments (`delta(token='x')` vs `delta`, `(count=2)` vs `(count=n)`),
 * type-cast segments (`/microsoft.graph.group`), `/$count`, `/$value`, `/$ref`, and `/me` for
 * `/users/{id}` (Graph's alias for the signed-in user).
 */
function loosen(path: string): string {
  const noArgs = trimPath(path).replace(ARGUMENTS, '').replace(ME, '/users/{me}');
  const segments = noArgs.split('/').filter((s, i) => i === 0 || (s !== '' && !SUFFIX_SEGMENT.test(s) && !CAST_SEGMENT.test(s)));
  return segments.join('/');
}

/** Drops the query string, a trailing slash and a leading `~`; makes the path start with `/`. */
export function trimPath(path: string): string {
  // By character rather than with `split` and regexes: every example and template goes through here.
  let s = withoutQuery(path).trim();
  if (s.charCodeAt(0) === 0x7e) s = s.slice(1);
  if (s.charCodeAt(0) !== 0x2f) s = `/${s}`;
  if (s.length === 1) return s;
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0x2f) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** The template sharing the longest run of leading segments with `parts` (at least two). */
function closest(parts: readonly string[], templates: readonly string[]): string | undefined {
  let best: string | undefined;
  let most = 1;
  for (const template of templates) {
    const t = trimPath(template);
    let shared = 0;
    for (let start = 0; shared < parts.length && start <= t.length; shared++) {
      const slash = t.indexOf('/', start);
      const end = slash < 0 ? t.length : slash;
      const part = parts[shared]!;
      if (!wholePlaceholder(t, start, end) && !BRACED.test(part) && segmentMatch(t, start, end, part) < 0) break;
      start = end + 1;
    }
    if (shared > most) {
      best = t;
      most = shared;
    }
  }
  return best;
}
