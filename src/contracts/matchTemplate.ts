/** How an example path relates to the page's documented path templates. */
export interface TemplateMatch {
  template: string;
  /** False when no template matches and `template` is only the closest one (or the path itself). */
  matched: boolean;
}

const cache = new Map<string, RegExp>();

/**
 * The path template (from the HTTP request section) that an example path matches. Placeholders
 * (`{id}`, `{id | userPrincipalName}`) match one path segment or a quoted key; literal text is
 * compared ignoring case, as Graph routes do. When several match, the one with the most literal
 * text wins (`/me/events/delta` over `/me/events/{id}`).
 */
export function matchTemplate(path: string, templates: string[]): TemplateMatch {
  const clean = trimPath(path);
  let best: { template: string; literal: number } | undefined;
  for (const template of templates) {
    if (!templateRegex(template).test(clean)) continue;
    const literal = trimPath(template).replace(/\{[^}]*\}/g, '').length;
    if (!best || literal > best.literal) best = { template, literal };
  }
  if (best) return { template: trimPath(best.template), matched: true };
  return { template: closest(clean, templates) ?? clean, matched: false };
}

/** Drops the query string and a trailing slash. */
export function trimPath(path: string): string {
  const noQuery = path.split('?', 1)[0]!.trim();
  return noQuery.length > 1 ? noQuery.replace(/\/+$/, '') : noQuery;
}

function templateRegex(template: string): RegExp {
  let re = cache.get(template);
  if (!re) {
    const parts = trimPath(template).split(/\{[^}]*\}/);
    re = new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`, 'i');
    cache.set(template, re);
  }
  return re;
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
