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
 * Pass 1: comments and ellipses out (newlines kept). The output is gathered in pieces, with the
 * index of the last one that is not whitespace, so that dropping the comma before an ellipsis
 * costs nothing (cutting it out of a growing string was quadratic in the number of ellipses).
 */
function stripNoise(s: string, repairs: JsonRepair[]): string {
  const out: string[] = [];
  let lastSignificant = -1;
  const emit = (piece: string) => {
    out.push(piece);
    if (piece.trim() !== '') lastSignificant = out.length - 1;
  };
  let line = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\n') line++;
    if (c === '"') {
      const end = skipString(s, i);
      emit(s.slice(i, end + 1));
      i = end;
    } else if (c === '/' && s[i + 1] === '/') {
      const end = s.indexOf('\n', i);
      const stop = end < 0 ? s.length : end;
      repairs.push({ kind: 'comment', line, text: s.slice(i, stop).trim() });
      i = stop - 1;
    } else if (c === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      const stop = end < 0 ? s.length : end + 2;
      const body = s.slice(i, stop);
      repairs.push({ kind: 'comment', line, text: body.trim() });
      const newlines = body.split('\n').length - 1;
      emit('\n'.repeat(newlines));
      line += newlines;
      i = stop - 1;
    } else if ((c === '.' && s.startsWith('...', i)) || c === '\u2026') {
      let j = i;
      while (s[j] === '.' || s[j] === '\u2026') j++;
      repairs.push({ kind: 'ellipsis', line, text: s.slice(i, j) });
      // `a, ...` and `..., b` elide items: the comma belongs to the ellipsis, not to the JSON.
      if (lastSignificant >= 0 && out[lastSignificant] === ',') {
        out[lastSignificant] = '';
        lastSignificant = -1;
      } else if (s[j] === ',') j++;
      i = j - 1;
    } else emit(c);
  }
  return out.join('');
}

function nextSignificant(s: string, i: number): string {
  while (i < s.length && SPACE.test(s[i] ?? '')) i++;
  return s[i] ?? '';
}

/** Pass 2: commas that close nothing, doubled commas, and bare words in value or key position. */
function fixTokens(s: string, repairs: JsonRepair[]): string {
  let out = '';
  let line = 1;
  // The last non-space character written: tracked, because reading it back from a growing
  // string would flatten that string on every character.
  let prev = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if (c === '\n') line++;
    if (c === '"') {
      const end = skipString(s, i);
      out += s.slice(i, end + 1);
      prev = '"';
      i = end;
      continue;
    }
    if (c === ',') {
      const next = nextSignificant(s, i + 1);
      if (next === '}' || next === ']' || next === ',' || prev === ',' || prev === '[' || prev === '{') {
        repairs.push({ kind: 'trailing-comma', line, text: ',' });
        continue;
      }
    }
    const valuePosition = prev === ':' || prev === '[' || prev === ',' || (prev === '{' && c !== '{');
    const bare = valuePosition && BARE_START.test(c) ? BARE.exec(s.slice(i, i + 200)) : null;
    if (bare && !LITERAL.test(bare[0].trim())) {
      const word = bare[0].trim();
      repairs.push({ kind: 'unquoted-value', line, text: word });
      out += JSON.stringify(word);
      prev = '"';
      i += bare[0].length - 1;
      continue;
    }
    out += c;
    if (c.trim() !== '') prev = c;
  }
  return out;
}

/** The text with every repair applied, and the list of repairs (empty when none was needed). */
export function repairJson(text: string): { text: string; repairs: JsonRepair[] } {
  const repairs: JsonRepair[] = [];
  const fixed = fixTokens(stripNoise(text, repairs), repairs);
  repairs.sort((a, b) => a.line - b.line);
  return { text: fixed, repairs };
}
