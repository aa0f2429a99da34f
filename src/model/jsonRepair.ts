/**
 * Repairs for the JSON dialect of Graph doc examples: `//` and `/* *\/` comments, `...` lines
 * standing for omitted content, trailing commas, and unquoted placeholders (`"id": {id}`,
 * `"name": String`). Hand-written (not json5) because every repair must be reported with its line,
 * and json5 would also accept things the docs get wrong silently. Newlines are always kept, so
 * line numbers in the output match the input.
 */

/** One repair applied to the text, at a 1-based line of the text. */
export interface JsonRepair {
  kind: 'comment' | 'ellipsis' | 'trailing-comma' | 'unquoted-value';
  line: number;
  text: string;
}

/** A bare word or template where a value or key belongs: `String`, `{id}`, `<guid>`. */
const BARE = /^(?:\{[\w.|-][\w\s|.-]*\}|<[^<>\n]*>|[A-Za-z_$][^,:}\]\n]*)/;
/** What a bare word can start with: tested before slicing the text after every value position. */
const BARE_START = /[{<A-Za-z_$]/;
const SPACE = /\s/;
const LITERAL = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)$/;

function skipString(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === '"' || s[j] === '\n') return j;
  }
  return s.length - 1;
}

/**
 * Pass 1: comments and ellipses out (newlines kept). The output is the text's own slices between
 * the cuts (ordinary characters are not copied one by one), so dropping the comma before an
 * ellipsis costs nothing: that comma is a slice of its own, emptied (cutting it out of a growing
 * string was quadratic in the number of ellipses).
 */
function stripNoise(s: string, repairs: JsonRepair[]): string {
  const out: string[] = [];
  // Start of the slice not yet written.
  let from = 0;
  // The comma an ellipsis would take back: the last significant character written or pending, if
  // an ordinary `,` (its index in `s`); once written, `commaPiece` is its slice in `out`.
  let comma = -1;
  let commaPiece = -1;
  const flush = (to: number): void => {
    if (comma >= from && comma < to) {
      if (comma > from) out.push(s.slice(from, comma));
      out.push(',');
      commaPiece = out.length - 1;
      if (to > comma + 1) out.push(s.slice(comma + 1, to));
    } else if (to > from) out.push(s.slice(from, to));
  };
  let line = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\n') line++;
    if (c === '"') {
      i = skipString(s, i);
      comma = -1;
    } else if (c === '/' && s[i + 1] === '/') {
      const end = s.indexOf('\n', i);
      const stop = end < 0 ? s.length : end;
      repairs.push({ kind: 'comment', line, text: s.slice(i, stop).trim() });
      flush(i);
      from = stop;
      i = stop - 1;
    } else if (c === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      const stop = end < 0 ? s.length : end + 2;
      const body = s.slice(i, stop);
      repairs.push({ kind: 'comment', line, text: body.trim() });
      let newlines = 0;
      for (let at = body.indexOf('\n'); at >= 0; at = body.indexOf('\n', at + 1)) newlines++;
      flush(i);
      out.push('\n'.repeat(newlines));
      from = stop;
      line += newlines;
      i = stop - 1;
    } else if ((c === '.' && s.startsWith('...', i)) || c === '\u2026') {
      let j = i;
      while (s[j] === '.' || s[j] === '\u2026') j++;
      repairs.push({ kind: 'ellipsis', line, text: s.slice(i, j) });
      flush(i);
      // `a, ...` and `..., b` elide items: the comma belongs to the ellipsis, not to the JSON.
      if (comma >= 0) {
        out[commaPiece] = '';
        comma = -1;
      } else if (s[j] === ',') j++;
      from = j;
      i = j - 1;
    } else if (!SPACE.test(c)) comma = c === ',' ? i : -1;
  }
  flush(s.length);
  return out.join('');
}

function nextSignificant(s: string, i: number): string {
  while (i < s.length && SPACE.test(s[i] ?? '')) i++;
  return s[i] ?? '';
}

/**
 * Pass 2: commas that close nothing, doubled commas, and bare words in value or key position.
 * Written as the text's own slices between the repairs, not character by character.
 */
function fixTokens(s: string, repairs: JsonRepair[]): string {
  const out: string[] = [];
  // Start of the slice not yet written.
  let from = 0;
  let line = 1;
  // The last non-space character of the output.
  let prev = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if (c === '\n') line++;
    if (c === '"') {
      i = skipString(s, i);
      prev = '"';
      continue;
    }
    if (c === ',') {
      const next = nextSignificant(s, i + 1);
      if (next === '}' || next === ']' || next === ',' || prev === ',' || prev === '[' || prev === '{') {
        repairs.push({ kind: 'trailing-comma', line, text: ',' });
        out.push(s.slice(from, i));
        from = i + 1;
        continue;
      }
    }
    const valuePosition = prev === ':' || prev === '[' || prev === ',' || (prev === '{' && c !== '{');
    const bare = valuePosition && BARE_START.test(c) ? BARE.exec(s.slice(i, i + 200)) : null;
    if (bare && !LITERAL.test(bare[0].trim())) {
      const word = bare[0].trim();
      repairs.push({ kind: 'unquoted-value', line, text: word });
      out.push(s.slice(from, i), JSON.stringify(word));
      prev = '"';
      i += bare[0].length - 1;
      from = i + 1;
      continue;
    }
    if (!SPACE.test(c)) prev = c;
  }
  out.push(s.slice(from));
  return out.join('');
}

/** The text with every repair applied, and the list of repairs (empty when none was needed). */
export function repairJson(text: string): { text: string; repairs: JsonRepair[] } {
  const repairs: JsonRepair[] = [];
  const fixed = fixTokens(stripNoise(text, repairs), repairs);
  repairs.sort((a, b) => a.line - b.line);
  return { text: fixed, repairs };
}
