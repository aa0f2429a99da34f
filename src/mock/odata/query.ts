import { ODataSyntaxError } from './lexer.js';
import { parseFilter, parsePath, UnsupportedQueryError, type Expr } from './filter.js';
import { splitTop } from '../../util/splitTop.js';

/** An `$expand` item: a navigation property, with the options given in its parentheses. */
export interface ExpandItem {
  name: string;
  options: QueryOptions;
}

/** The system query options of a request, parsed. */
export interface QueryOptions {
  /** Top-level properties to answer; absent for all. */
  select?: string[];
  filter?: Expr;
  orderby?: { path: string[]; desc: boolean }[];
  top?: number;
  skip?: number;
  count?: boolean;
  expand?: ExpandItem[];
  skiptoken?: string;
  search?: string;
}

/** Options parsed, or Graph's 400 for them. */
export type QueryParse = { ok: true; options: QueryOptions } | { ok: false; code: 'BadRequest' | 'Request_UnsupportedQuery'; message: string };

/** Largest page the mock answers; a larger `$top` pages on with `@odata.nextLink`. */
export const MAX_TOP = 999;

/** Graph's query options, by name without `$` (Graph takes them with or without it). */
const SYSTEM = new Set(['select', 'filter', 'orderby', 'top', 'skip', 'count', 'expand', 'skiptoken', 'search', 'format', 'deltatoken', 'levels']);

/**
 * Reads the system query options of a query string (`$filter`, `$select`, … or their names
 * without `$`, case-insensitively) into {@link QueryOptions}. Other parameters (function
 * arguments such as `startDateTime`) are left to the operation.
 */
export function parseQuery(search: string): QueryParse {
  const raw: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(search)) {
    const key = name.trim().replace(/^\$/, '').toLowerCase();
    if (SYSTEM.has(key) && (name.trim().startsWith('$') || !(key in raw))) raw[key] = value;
  }
  return parseOptions(raw);
}

function parseOptions(raw: Record<string, string>): QueryParse {
  const options: QueryOptions = {};
  try {
    // `*` selects every property, beside any others named (`$select=*,parentSiteId`).
    if (raw.select !== undefined && !splitTop(raw.select).includes('*')) options.select = splitTop(raw.select).map((s) => s.split('/')[0]!.trim()).filter((s) => s !== '');
    if (raw.filter !== undefined && raw.filter.trim() !== '') options.filter = parseFilter(raw.filter);
    if (raw.orderby !== undefined) options.orderby = splitTop(raw.orderby).map(orderItem);
    if (raw.top !== undefined) options.top = Math.min(count('$top', raw.top), MAX_TOP);
    if (raw.skip !== undefined) options.skip = count('$skip', raw.skip);
    if (raw.count !== undefined) options.count = bool('$count', raw.count);
    if (raw.expand !== undefined) options.expand = splitTop(raw.expand).map(expandItem);
    if (raw.skiptoken !== undefined) options.skiptoken = raw.skiptoken;
    if (raw.search !== undefined) options.search = raw.search.replace(/^"|"$/g, '');
  } catch (err) {
    if (err instanceof UnsupportedQueryError) return { ok: false, code: 'Request_UnsupportedQuery', message: err.message };
    if (err instanceof ODataSyntaxError || err instanceof QueryOptionError) return { ok: false, code: 'BadRequest', message: `Invalid query: ${err.message}` };
    throw err;
  }
  return { ok: true, options };
}

class QueryOptionError extends Error {}

function count(name: string, text: string, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || n > max) throw new QueryOptionError(`${name} must be an integer from 0 to ${max === Number.MAX_SAFE_INTEGER ? 'any' : max}, got '${text}'`);
  return n;
}

function bool(name: string, text: string): boolean {
  const t = text.trim().toLowerCase();
  if (t !== 'true' && t !== 'false') throw new QueryOptionError(`${name} must be true or false, got '${text}'`);
  return t === 'true';
}

function orderItem(text: string): { path: string[]; desc: boolean } {
  const m = /^(.*?)(?:\s+(asc|desc))?$/i.exec(text.trim())!;
  return { path: parsePath(m[1]!), desc: m[2]?.toLowerCase() === 'desc' };
}

/** `members($select=id;$top=5)`: nested options are separated by `;`. */
function expandItem(text: string): ExpandItem {
  const open = text.indexOf('(');
  // A type cast before the property (`microsoft.graph.itemAttachment/item`) names a derived type's navigation property.
  const path = (open < 0 ? text : text.slice(0, open)).trim();
  if (!/^[\w.]+(\/[\w.]+)*$/.test(path)) throw new QueryOptionError(`'${text}' is not a navigation property to expand`);
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (open < 0) return { name, options: {} };
  if (!text.trim().endsWith(')')) throw new QueryOptionError(`unbalanced parentheses in '$expand=${text}'`);
  const raw: Record<string, string> = {};
  for (const part of splitTop(text.trim().slice(open + 1, -1), ';')) {
    const eq = part.indexOf('=');
    if (eq > 0) raw[part.slice(0, eq).trim().replace(/^\$/, '').toLowerCase()] = part.slice(eq + 1);
  }
  const nested = parseOptions(raw);
  if (!nested.ok) throw new QueryOptionError(nested.message);
  return { name, options: nested.options };
}
