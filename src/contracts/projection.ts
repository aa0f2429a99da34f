import { splitTop } from '../util/splitTop.js';

/** What a request's `$select` and `$expand` ask of each entity of its answer. */
export interface Projection {
  /**
   * Properties `$select` names (as written); undefined when the request asks for the default
   * properties (no `$select`, or `$select=*`, which `*` keeps even beside named properties).
   */
  select?: string[];
  /** Names `$select` adds to `*` (`$select=*,parentSiteId`). */
  alsoSelected: string[];
  /** Navigation properties `$expand` names, each with its own nested options. */
  expand: { name: string; projection: Projection }[];
}

/** The query option `name` (`$select` or `select`, any case; the `$` form wins), or undefined. */
function option(query: Record<string, string>, name: string): string | undefined {
  let found: string | undefined;
  for (const [key, value] of Object.entries(query)) {
    const k = key.trim().toLowerCase();
    if (k === `$${name}`) return value;
    if (k === name) found ??= value;
  }
  return found;
}

/**
 * The projection a request's own query asks for. Items naming a derived type's member
 * (`microsoft.graph.group/mailEnabled`) or `*` in `$expand` say nothing about every entity and
 * are left out. Hand-written: the same small grammar the mock's parser reads, without filters.
 */
export function projectionOf(query: Record<string, string>): Projection {
  return parse(option(query, 'select'), option(query, 'expand'));
}

function parse(select: string | undefined, expand: string | undefined): Projection {
  const selected = select === undefined ? [] : splitTop(select).filter((s) => !s.includes('/'));
  const all = select === undefined || selected.length === 0 || selected.includes('*');
  const names = selected.filter((s) => s !== '*');
  return {
    ...(all ? {} : { select: names }),
    alsoSelected: all ? names : [],
    expand: expand === undefined ? [] : splitTop(expand).flatMap(expandItem),
  };
}

/** `members($select=id;$expand=manager)`: nested options are separated by `;`. */
function expandItem(text: string): Projection['expand'] {
  const open = text.indexOf('(');
  const name = (open < 0 ? text : text.slice(0, open)).trim();
  if (!/^\w+$/.test(name)) return [];
  const nested: Record<string, string> = {};
  if (open > 0 && text.trim().endsWith(')')) {
    for (const part of splitTop(text.trim().slice(open + 1, -1), ';')) {
      const eq = part.indexOf('=');
      if (eq > 0) nested[part.slice(0, eq).trim()] = part.slice(eq + 1);
    }
  }
  return [{ name, projection: parse(option(nested, 'select'), option(nested, 'expand')) }];
}
