import type { SourceRef } from '../docs/types.js';
import { distinct } from './distinct.js';
import type { InlineEnum, TypeRef } from './types.js';

/**
 * Inline enum lists and flags in property descriptions: "Possible values are: `a`, `b`,
 * `unknownFutureValue`.", "Read-only.", "Not nullable.". Hand-written: these are Graph doc
 * phrasings, not markdown structure.
 */

const INTRO = /(?:possible|valid|supported) values(?: are| include)?\s*:?/i;
const NOT_NULL = /\bnot nullable\b|\bnon-?nullable\b|\bcannot be null\b|(?:^|[.|]\s*)Required\b/i;
const MEMBER = /^[A-Za-z_][\w.-]*$/;
const READ_ONLY = /\bread-?only\b/i;

/** The end of the sentence starting at `from`: a `.` followed by space or end, outside backticks. */
function sentenceEnd(s: string, from: number): number {
  let code = false;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '`') code = !code;
    else if (c === '.' && !code && (i + 1 === s.length || s[i + 1] === ' ')) return i;
  }
  return s.length;
}

const LI_LIST = /^\s*(?:<ul>\s*)?<li>/i;
const LI_ITEM = /<li>(.*?)(?:<\/li>|(?=<li>)|$)/gi;
const BR = /<\/?br\s*\/?>/i;
const PARENTHESIZED = /\([^()]*\)/g;
const LIST_SEPARATOR = /,|\bor\b|\band\b/;
const MARKED_UP = /^([*_'"]+)(.*?)\1$/;
const HTML_LIST = /^\s*(?:<\/?br\s*\/?>|<ul>|<li>)/i;
/** An item's leading member: `` `a` ``, `"a"`, `**a**` or a bare word, followed by the end, ` -- a…`, ` — a…`, `: a…`. */
const ITEM = /^\s*(?:`([^`]+)`|"([^"]+)"|\**([A-Za-z_][\w.-]*)\**(?=\s*(?:$|--?\s|—|:|\()))/;

/**
 * Members of an HTML list after the intro, one per item: `<li>None</li><li>NotifySender -- …</li>`
 * (chatmessagepolicyviolation.md) or `</br>\`submitted\` — …</br>\`published\` — …`
 * (teamsappdefinition.md). A `<br>` list ends at the first item that starts with no member.
 */
function htmlListMembers(rest: string): string[] {
  const li = LI_LIST.test(rest);
  const items = li ? [...rest.matchAll(LI_ITEM)].map((m) => m[1] ?? '') : rest.split(BR).filter((i) => i.trim() !== '');
  const found: string[] = [];
  for (const item of items) {
    const m = ITEM.exec(item);
    const member = (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim();
    if (MEMBER.test(member)) found.push(member);
    else if (!li) break;
  }
  return found;
}

/** Members listed after "Possible values are:", in order; undefined when the description has no list. */
export function parsePossibleValues(description: string): string[] | undefined {
  if (!description.includes('alues')) return undefined;
  const intro = INTRO.exec(description);
  if (!intro) return undefined;
  const start = intro.index + intro[0].length;
  const rest = description.slice(start);
  if (HTML_LIST.test(rest)) {
    const listed = htmlListMembers(rest).filter((m) => m !== 'null');
    if (listed.length > 0) return distinct(listed);
  }
  const end = sentenceEnd(description, start);
  const quoted = quotedWords(description, start, end);
  // Plain lists mark members up in every way: `**All**`, `*ProxyAddress*`, `'global'`, `"a"`.
  const words = quoted.length > 0 ? quoted : description.slice(start, end).replace(PARENTHESIZED, '').split(LIST_SEPARATOR).map((w) => w.trim().replace(MARKED_UP, '$2'));
  const members: string[] = [];
  for (const w of words) if (MEMBER.test(w) && w !== 'null') members.push(w);
  return members.length > 0 ? distinct(members) : undefined;
}

/**
 * The backticked words of `s` between `from` and `to`, trimmed: what /`([^`]+)`/g finds there,
 * scanned by index (no match object per member; lists run to dozens of members).
 */
export function quotedWords(s: string, from: number, to: number): string[] {
  const found: string[] = [];
  for (let open = s.indexOf('`', from); open >= 0 && open < to; ) {
    const close = s.indexOf('`', open + 1);
    if (close < 0 || close >= to) break;
    // An empty pair quotes nothing; its second tick may open the next one.
    if (close === open + 1) open = close;
    else {
      found.push(s.slice(open + 1, close).trim());
      open = s.indexOf('`', close + 1);
    }
  }
  return found;
}

/** A description says "Read-only" (this flag and the next are two tests, not one object per table row). */
export function saysReadOnly(description: string): boolean {
  return READ_ONLY.test(description);
}

/** A description says "Not nullable" or "Required". */
export function saysNotNullable(description: string): boolean {
  return (description.includes('ull') || description.includes('equired')) && NOT_NULL.test(description);
}

/** True when a description announces a list ("Possible values are:", "Valid values include"). */
export function announcesValues(description: string): boolean {
  return description.includes('alues') && INTRO.test(description);
}

/**
 * The enum a String property's "Possible values" make (`unknownFutureValue` marks the evolvable
 * members, as for named enums); undefined for other types and for no list.
 */
export function inlineEnum(type: TypeRef, members: string[] | undefined, source: SourceRef): InlineEnum | undefined {
  if (!members || members.length === 0 || type.name !== 'Edm.String') return undefined;
  const at = members.indexOf('unknownFutureValue');
  return at >= 0 ? { members, evolvableFrom: at, source } : { members, source };
}
