import { ODataSyntaxError, tokenize, type Token } from './lexer.js';

// Written by hand, not with a parser package: the JavaScript OData parsers on npm read OData
// 4.0 only, and Graph's reference uses more. @odata/parser 0.2.14 (the maintained one) rejected
// 12 of the 82 distinct `$filter`s in the beta docs: the 4.01 `in` operator
// (`state in ('active', 'suspended')`), the spellings Graph accepts case-insensitively
// (`startsWith(`, `/Any(`), a space after a lambda's colon (`any(o: o/displayname …)`),
// `cast(ep/value, Edm.Int32)`, and it reads `isof('T')` as a key lookup. The grammar below is
// the part of OData's ABNF that Graph documents; anything else is a 400, as Graph answers.

/** A parsed `$filter` expression. */
export type Expr =
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'path'; segments: string[] }
  | { kind: 'lambda'; path: string[]; op: 'any' | 'all'; variable?: string; predicate?: Expr }
  | { kind: 'call'; name: string; args: Expr[] }
  | { kind: 'list'; items: Expr[] }
  | { kind: 'not'; operand: Expr }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr };

/** Logical and comparison operators of `$filter`. */
export type BinaryOp = 'and' | 'or' | 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'has' | 'in';

/** Functions the mock evaluates; any other is refused as an unsupported query. */
export const FUNCTIONS = new Set(['startswith', 'endswith', 'contains', 'tolower', 'toupper', 'trim', 'length', 'indexof', 'concat', 'substring', 'isof', 'cast']);

/** A function the mock does not evaluate (Graph answers such a query 400, `Request_UnsupportedQuery`). */
export class UnsupportedQueryError extends Error {}

const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'has', 'in']);

/** Parses a `$filter` value (already URL-decoded). Throws {@link ODataSyntaxError} or {@link UnsupportedQueryError}. */
export function parseFilter(text: string): Expr {
  const p = new Parser(tokenize(text));
  const expr = p.or();
  p.expectEnd();
  return expr;
}

/** Parses one `$orderby` item's expression (a property path). */
export function parsePath(text: string): string[] {
  const p = new Parser(tokenize(text));
  const expr = p.primary();
  p.expectEnd();
  if (expr.kind !== 'path') throw new ODataSyntaxError(`'${text}' is not a property path`);
  return expr.segments;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)]!;
  }

  private next(): Token {
    return this.tokens[this.i++] ?? this.tokens[this.tokens.length - 1]!;
  }

  private isWord(word: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'word' && t.value.toLowerCase() === word;
  }

  private isPunct(p: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'punct' && t.value === p;
  }

  private expect(p: string): void {
    const t = this.next();
    if (t.kind !== 'punct' || t.value !== p) throw new ODataSyntaxError(`expected '${p}' at position ${t.at}`);
  }

  expectEnd(): void {
    const t = this.peek();
    if (t.kind !== 'end') throw new ODataSyntaxError(`unexpected ${describe(t)} at position ${t.at}`);
  }

  or(): Expr {
    let left = this.and();
    while (this.isWord('or')) {
      this.next();
      left = { kind: 'binary', op: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): Expr {
    let left = this.unary();
    while (this.isWord('and')) {
      this.next();
      left = { kind: 'binary', op: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): Expr {
    if (this.isWord('not')) {
      this.next();
      return { kind: 'not', operand: this.unary() };
    }
    return this.comparison();
  }

  private comparison(): Expr {
    const left = this.primary();
    const t = this.peek();
    if (t.kind !== 'word' || !COMPARISONS.has(t.value.toLowerCase())) return left;
    this.next();
    const op = t.value.toLowerCase() as BinaryOp;
    const right = op === 'in' ? this.list() : this.primary();
    return { kind: 'binary', op, left, right };
  }

  private list(): Expr {
    this.expect('(');
    const items: Expr[] = [];
    while (!this.isPunct(')')) {
      items.push(this.primary());
      if (!this.isPunct(')')) this.expect(',');
    }
    this.expect(')');
    return { kind: 'list', items };
  }

  primary(): Expr {
    const t = this.next();
    switch (t.kind) {
      case 'string':
        return { kind: 'literal', value: t.value };
      case 'number':
        return { kind: 'literal', value: t.value };
      case 'punct':
        if (t.value === '-' && this.peek().kind === 'number') return { kind: 'literal', value: -(this.next() as { value: number }).value };
        if (t.value === '(') {
          const inner = this.or();
          this.expect(')');
          return inner;
        }
        throw new ODataSyntaxError(`unexpected '${t.value}' at position ${t.at}`);
      case 'word':
        return this.word(t.value, t.at);
      default:
        throw new ODataSyntaxError(`the expression ends too early at position ${t.at}`);
    }
  }

  private word(value: string, at: number): Expr {
    const lower = value.toLowerCase();
    if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true' };
    if (lower === 'null') return { kind: 'literal', value: null };
    if (this.isPunct('(')) {
      if (!FUNCTIONS.has(lower)) throw new UnsupportedQueryError(`The function '${value}' is not supported (position ${at}).`);
      this.next();
      const args: Expr[] = [];
      while (!this.isPunct(')')) {
        // A type name argument (`cast(x, Edm.Int32)`, `isof(T)`) is kept as a string literal.
        const p = this.peek();
        if (p.kind === 'word' && p.value.includes('.') && (this.isPunct(')', 1) || this.isPunct(',', 1))) {
          this.next();
          args.push({ kind: 'literal', value: p.value });
        } else args.push(this.or());
        if (!this.isPunct(')')) this.expect(',');
      }
      this.expect(')');
      return { kind: 'call', name: lower, args };
    }
    const segments = [value];
    while (this.isPunct('/')) {
      this.next();
      const seg = this.next();
      if (seg.kind !== 'word') throw new ODataSyntaxError(`expected a property name at position ${seg.at}`);
      const name = seg.value.toLowerCase();
      if ((name === 'any' || name === 'all') && this.isPunct('(')) return this.lambda(segments, name);
      segments.push(seg.value);
    }
    return { kind: 'path', segments };
  }

  private lambda(path: string[], op: 'any' | 'all'): Expr {
    this.expect('(');
    if (this.isPunct(')')) {
      this.next();
      return { kind: 'lambda', path, op };
    }
    const variable = this.next();
    if (variable.kind !== 'word') throw new ODataSyntaxError(`expected a lambda variable at position ${variable.at}`);
    this.expect(':');
    const predicate = this.or();
    this.expect(')');
    return { kind: 'lambda', path, op, variable: variable.value, predicate };
  }
}

function describe(t: Token): string {
  return t.kind === 'end' ? 'end' : t.kind === 'string' ? `'${t.value}'` : `'${String(t.kind === 'number' ? t.text : t.value)}'`;
}
