/** One token of an OData expression. */
export type Token =
  | { kind: 'string'; value: string; at: number }
  | { kind: 'number'; value: number; text: string; at: number }
  | { kind: 'word'; value: string; at: number }
  | { kind: 'punct'; value: '(' | ')' | ',' | '/' | ':' | '-'; at: number }
  | { kind: 'end'; at: number };

/** A malformed expression, with the offset where reading stopped. */
export class ODataSyntaxError extends Error {}

// Literals OData writes without quotes: date-times, dates, guids, durations. A word is an
// identifier, keyword or qualified name (`microsoft.graph.group`, `$it`, `Edm.Int32`).
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const NUMBER = /^\d+(\.\d+)?([eE][+-]?\d+)?/;
const WORD = /^[$A-Za-z_][\w.$]*/;

/** Splits an OData `$filter`/`$orderby` expression into tokens. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    const rest = text.slice(i);
    if (c === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw new ODataSyntaxError(`unterminated string starting at position ${i}`);
        if (text[j] === "'") {
          if (text[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += text[j++];
      }
      out.push({ kind: 'string', value, at: i });
      i = j + 1;
      continue;
    }
    const guid = GUID.exec(rest);
    if (guid && !/[\w-]/.test(rest[guid[0].length] ?? '')) {
      out.push({ kind: 'string', value: guid[0], at: i });
      i += guid[0].length;
      continue;
    }
    const date = /^\d{4}-/.test(rest) ? DATE_TIME.exec(rest) : null;
    if (date) {
      out.push({ kind: 'string', value: date[0], at: i });
      i += date[0].length;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      const suffix = /^[mMdDfFlL]/.test(rest.slice(number[0].length)) ? 1 : 0;
      out.push({ kind: 'number', value: Number(number[0]), text: number[0], at: i });
      i += number[0].length + suffix;
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      // A qualified enum literal: microsoft.graph.riskLevel'medium' reads as its member.
      if (text[i + word[0].length] === "'" && word[0].includes('.')) {
        i += word[0].length;
        continue;
      }
      out.push({ kind: 'word', value: word[0], at: i });
      i += word[0].length;
      continue;
    }
    if ('(),/:-'.includes(c)) {
      out.push({ kind: 'punct', value: c as '(' | ')' | ',' | '/' | ':' | '-', at: i });
      i++;
      continue;
    }
    throw new ODataSyntaxError(`unexpected '${c}' at position ${i}`);
  }
  out.push({ kind: 'end', at: text.length });
  return out;
}
