import { distinct } from './distinct.js';
import { firstResourceLink, linkedPageId, plainText, resourcePageIds } from './markdown.js';
import { parseTypeRef } from './typeRef.js';
import type { TypeRef } from './types.js';

/** What the Response section's sentence says. */
export interface ResponseSentence {
  /** The first non-error status stated (an error status only when no other is). */
  status?: number;
  /** Every status the section states (report pages document `302` for CSV and `200` for JSON). */
  statuses: number[];
  type?: TypeRef;
  /** Page id of the linked type (`educationsynchronizationprofile`), to resolve the name by page. */
  typePage?: string;
  noContent: boolean;
  /** Page ids of the resource pages the section links, when it links more than one (`socialidentityprovider`, `builtinidentityprovider`). */
  alternatives?: string[];
}

/** A stated status; global, for one `exec` loop from `lastIndex` 0. */
const ALL_STATUSES = /`*(?:HTTP\s+)?([1-5]\d\d)(?:[ ,]+[A-Za-z][A-Za-z -]*?)?`*\s+(?:response|status)(?:\s+code)?/gi;
const NO_BODY = /no content|no response body|not return anything|empty response body|nothing in the response body/i;
const NAMES_TYPE = /\bin the response body|\bobject|\bcollection|\bresource|\bentity/i;
const SAYS_COLLECTION = /collection of|\bobjects\b|\bcollection\b/i;
const BOLD_TYPE = /\*\*([A-Za-z_][\w.]*)\*\*\s+(?:object|collection|resource|entity)/;

/**
 * "If successful, this method returns a `201 Created` response code and a [type](link) object
 * in the response body." → status, type (collection for "collection of"/"objects"), no content.
 * `md` is the section's prose, markdown kept.
 */
export function parseResponseSentence(md: string): ResponseSentence {
  // Every status stated, in one pass; the first one's end is where the type is looked for.
  const stated: number[] = [];
  let restStart = 0;
  ALL_STATUSES.lastIndex = 0;
  for (let m = ALL_STATUSES.exec(md); m; m = ALL_STATUSES.exec(md)) {
    if (stated.length === 0) restStart = m.index + m[0].length;
    stated.push(Number(m[1]));
  }
  const rest = restStart > 0 ? md.slice(restStart) : md;
  // The type is whichever comes first: a link to a resource page or a bold name before "object".
  const resourceLink = firstResourceLink(rest);
  const boldMatch = BOLD_TYPE.exec(rest);
  const link = resourceLink && (!boldMatch || resourceLink.index < boldMatch.index) ? resourceLink : undefined;
  const bold = link ? undefined : boldMatch;
  const named = link ? parseTypeRef(link.text) : bold?.[1] ? parseTypeRef(bold[1]) : undefined;
  const result: ResponseSentence = { statuses: distinct(stated), noContent: false };
  // Alternatives take two links at least: most sections have one, and are not scanned again for it.
  const linked = md.indexOf('](', md.indexOf('](') + 2) >= 0 ? resourcePageIds(md) : [];
  if (linked.length > 1) result.alternatives = linked;
  const success = result.statuses.find((s) => s < 400) ?? result.statuses[0];
  if (success !== undefined) result.status = success;
  if (named && NAMES_TYPE.test(rest)) {
    const around = plainText(rest);
    const collection = named.collection || SAYS_COLLECTION.test(around.slice(0, around.indexOf(link?.text ?? bold?.[1] ?? '') + 60));
    result.type = { name: named.name, collection };
    const page = link ? linkedPageId(link.target) : undefined;
    if (page) result.typePage = page;
  }
  result.noContent = result.status === 204 || (!result.type && NO_BODY.test(md));
  return result;
}
