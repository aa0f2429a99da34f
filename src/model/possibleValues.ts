/**
 * Inline enum lists and flags in property descriptions: "Possible values are: `a`, `b`,
 * `unknownFutureValue`.", "Read-only.", "Not nullable.". Hand-written: these are Graph doc
 * phrasings, not markdown structure.
 */

const INTRO = /(?:possible|valid|supported) values(?: are| include)?\s*:?/i;
const NOT_NULL = /\bnot nullable\b|\bnon-?nullable\b|\bcannot be null\b|(?:^|[.|]\s*)Required\b/i;
const MEMBER = /^[A-Za-z_][\w.-]*$/;

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

/** Members listed after "Possible values are:", in order; undefined when the description has no list. */
export function parsePossibleValues(description: string): string[] | undefined {
  if (!description.includes('alues')) return undefined;
  const intro = INTRO.exec(description);
  if (!intro) return undefined;
  const start = intro.index + intro[0].length;
  const span = description.slice(start, sentenceEnd(description, start));
  const quoted = [...span.matchAll(/`([^`]+)`/g)].map((m) => (m[1] ?? '').trim());
  const words = quoted.length > 0 ? quoted : span.replace(/\([^)]*\)/g, '').split(/,|\bor\b|\band\b/).map((w) => w.trim());
  const members = words.filter((w) => MEMBER.test(w) && w !== 'null');
  return members.length > 0 ? [...new Set(members)] : undefined;
}

/** Flags a description states: "Read-only", "Not nullable" / "Required". */
export function descriptionHints(description: string): { readOnly: boolean; nullable: boolean } {
  return {
    readOnly: /\bread-?only\b/i.test(description),
    nullable: !((description.includes('ull') || description.includes('equired')) && NOT_NULL.test(description)),
  };
}
