import { withoutQuery } from './pathText.js';

/** How an example path relates to the page's documented path templates. */
export interface TemplateMatch {
  template: string;
  /** False when no template matches and `template` is only the closest one (or the path itself). */
  matched: boolean;
}

/** Finds the template an example path matches among a page's templates (see `matchTemplate`). */
export type TemplateMatcher = (path: string, templates: readonly string[]) => TemplateMatch;

/** A template segment that is one whole placeholder (`{id}`): any non-empty segment matches it. */
const ANY = Symbol('any segment');

/** One segment of a compiled template: a whole placeholder, literal text, or a mix (as a regex). */
type Segment = typeof ANY | string | RegExp;

/** A template compiled for matching, segment by segment (cheaper than one regex per template). */
interface Compiled {
  segments: Segment[];
  /** Length of the literal text: more literal text = more specific. */
  literal: number;
}

/** A template as written, trimmed (`trimPath`), and compiled as is and loosened (on first need). */
interface Template {
  trimmed: string;
  exact: Compiled;
  loose?: Compiled;
}

// Module constants: a regex literal inside a function makes a new RegExp object per call.
const WHOLE_PLACEHOLDER = /^\{[^}]*\}$/;
const PLACEHOLDER = /\{[^}]*\}/;
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
const BRACED = /^\{.*\}$/;
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
 */
export function matchTemplate(path: string, templates: readonly string[]): TemplateMatch {
  return templateMatcher()(path, templates);
}

/**
 * `matchTemplate` for many paths: each template text is compiled once per matcher. Pages share
 * templates (`/users/{id | userPrincipalName}/…`), so one matcher serves a whole derivation; it
 * keeps nothing beyond its own life.
 */
export function templateMatcher(): TemplateMatcher {
  const known = new Map<string, Template>();
  const get = (raw: string): Template => {
    let t = known.get(raw);
    if (!t) known.set(raw, (t = { trimmed: trimPath(raw), exact: compile(raw) }));
    return t;
  };
  const exact = (raw: string) => get(raw).exact;
  const loose = (raw: string) => {
    const t = get(raw);
    return (t.loose ??= compile(loosen(raw)));
  };
  return (path, templates) => {
    const clean = trimPath(path);
    const parts = clean.toLowerCase().split('/');
    const found = bestMatch(parts, templates, exact) ?? bestMatch(loosen(clean).toLowerCase().split('/'), templates, loose);
    if (found) return { template: get(found).trimmed, matched: true };
    return { template: closest(parts, templates, get) ?? clean, matched: false };
  };
}

/** The matching template (compiled by `shape`) with the most literal text. */
function bestMatch(parts: string[], templates: readonly string[], shape: (raw: string) => Compiled): string | undefined {
  let best: string | undefined;
  let literal = -1;
  for (const template of templates) {
    const c = shape(template);
    if (c.literal > literal && matches(c, parts)) {
      best = template;
      literal = c.literal;
    }
  }
  return best;
}

function matches(c: Compiled, parts: string[]): boolean {
  if (c.segments.length !== parts.length) return false;
  for (let i = 0; i < parts.length; i++) {
    const seg = c.segments[i]!;
    const part = parts[i]!;
    const ok = seg === ANY ? part !== '' : typeof seg === 'string' ? seg === part : seg.test(part);
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

/**
 * Compiles in place of the split array: literal segments stay the strings `split` made, and only
 * a segment mixing text and placeholders (`{a}-{b}`, rare) is split again, into a regex.
 */
function compile(raw: string): Compiled {
  let literal = 0;
  const segments: Segment[] = trimPath(raw).toLowerCase().split('/');
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as string;
    if (!seg.includes('{')) literal += seg.length;
    else if (WHOLE_PLACEHOLDER.test(seg)) segments[i] = ANY;
    else {
      const parts = seg.split(PLACEHOLDER);
      literal += parts.join('').length;
      if (parts.length > 1) segments[i] = new RegExp(`^${parts.map((p) => p.replace(REGEX_SPECIAL, '\\$&')).join('.+')}$`);
    }
  }
  return { segments, literal };
}

/** The template sharing the longest run of leading segments with `parts` (at least two). */
function closest(parts: string[], templates: readonly string[], get: (raw: string) => Template): string | undefined {
  let best: string | undefined;
  let most = 1;
  for (const template of templates) {
    const t = get(template);
    const { segments } = t.exact;
    let shared = 0;
    while (shared < parts.length && shared < segments.length && sameSegment(segments[shared]!, parts[shared]!)) shared++;
    if (shared > most) {
      best = t.trimmed;
      most = shared;
    }
  }
  return best;
}

function sameSegment(seg: Segment, part: string): boolean {
  return seg === ANY || BRACED.test(part) || (typeof seg === 'string' ? seg === part : seg.test(part));
}
