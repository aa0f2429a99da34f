import type { Expr } from './filter.js';

type Json = Record<string, unknown>;

/** What evaluating a filter needs besides the entity: whether it is of a type (for `isof`). */
export interface EvalContext {
  isOf(entity: unknown, type: string): boolean;
}

interface Scope {
  it: unknown;
  vars: Record<string, unknown>;
}

/**
 * True when `entity` passes the filter. Property names match case-insensitively and strings
 * compare case-insensitively, as Graph's directory does (`displayName eq 'adele'` finds
 * "Adele"); a property the entity lacks reads as null. Date-time strings compare as instants.
 */
export function matches(expr: Expr, entity: unknown, ctx: EvalContext): boolean {
  return compiled(expr, ctx)({ it: entity, vars: NO_VARS }) === true;
}

const NO_VARS: Record<string, unknown> = {};
type Compiled = (scope: Scope) => unknown;
const compiledExprs = new WeakMap<Expr, { ctx: EvalContext; run: Compiled }>();

/** The expression as one function (built once per parsed filter): collections are filtered item by item. */
function compiled(expr: Expr, ctx: EvalContext): Compiled {
  const known = compiledExprs.get(expr);
  if (known && known.ctx === ctx) return known.run;
  const run = compile(expr, ctx);
  compiledExprs.set(expr, { ctx, run });
  return run;
}

function compile(expr: Expr, ctx: EvalContext): Compiled {
  switch (expr.kind) {
    case 'literal': {
      const v = expr.value;
      return () => v;
    }
    case 'path': {
      const segments = expr.segments;
      return (scope) => walk(segments, scope);
    }
    case 'binary': {
      const left = compile(expr.left, ctx);
      const right = compile(expr.right, ctx);
      if (expr.op === 'and') return (scope) => left(scope) === true && right(scope) === true;
      if (expr.op === 'or') return (scope) => left(scope) === true || right(scope) === true;
      const op = expr.op;
      return (scope) => compare(op, left(scope), right(scope));
    }
    case 'not': {
      const operand = compile(expr.operand, ctx);
      return (scope) => operand(scope) !== true;
    }
    case 'call': {
      const args = expr.args.map((a) => compile(a, ctx));
      const name = expr.name;
      const arity = args.length;
      if (arity === 2) {
        const [a, b] = args as [Compiled, Compiled];
        return (scope) => apply(name, [a(scope), b(scope)], 2, scope, ctx);
      }
      return (scope) => apply(name, args.map((a) => a(scope)), arity, scope, ctx);
    }
    default:
      return (scope) => value(expr, scope, ctx);
  }
}

/** The value an expression has on `entity` (for `$orderby`). */
export function valueOn(expr: Expr, entity: unknown, ctx: EvalContext): unknown {
  return value(expr, { it: entity, vars: {} }, ctx);
}

function value(expr: Expr, scope: Scope, ctx: EvalContext): unknown {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'path':
      return walk(expr.segments, scope);
    case 'list':
      return expr.items.map((item) => value(item, scope, ctx));
    case 'not':
      return value(expr.operand, scope, ctx) !== true;
    case 'lambda': {
      const items = walk(expr.path, scope);
      if (!Array.isArray(items)) return false;
      if (!expr.predicate || !expr.variable) return items.length > 0;
      const test = (item: unknown) => value(expr.predicate!, { it: scope.it, vars: { ...scope.vars, [expr.variable!]: item } }, ctx) === true;
      return expr.op === 'any' ? items.some(test) : items.every(test);
    }
    case 'call':
      return call(expr.name, expr.args, scope, ctx);
    case 'binary': {
      if (expr.op === 'and') return value(expr.left, scope, ctx) === true && value(expr.right, scope, ctx) === true;
      if (expr.op === 'or') return value(expr.left, scope, ctx) === true || value(expr.right, scope, ctx) === true;
      return compare(expr.op, value(expr.left, scope, ctx), value(expr.right, scope, ctx));
    }
  }
}

/** Follows a property path from the entity or a lambda variable; type-cast segments pass through. */
function walk(segments: string[], scope: Scope): unknown {
  let i = 0;
  let current: unknown = scope.it;
  const first = segments[0]!;
  if (first === '$it') i = 1;
  else if (Object.hasOwn(scope.vars, first)) {
    current = scope.vars[first];
    i = 1;
  }
  for (; i < segments.length; i++) {
    const name = segments[i]!;
    if (name.includes('.')) continue;
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = property(current as Json, name);
  }
  return current;
}

function property(object: Json, name: string): unknown {
  if (Object.hasOwn(object, name)) return object[name];
  const lower = name.toLowerCase();
  for (const key of Object.keys(object)) if (key.toLowerCase() === lower) return object[key];
  return undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}(T|$)/;

/** Orders two values the way `$filter` comparisons and `$orderby` do; undefined when they do not compare. */
export function order(a: unknown, b: unknown): number | undefined {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (typeof a === 'string' && typeof b === 'string') {
    if (DATE.test(a) && DATE.test(b)) {
      const [x, y] = [Date.parse(a), Date.parse(b)];
      if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
    }
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'number' && typeof b === 'string' && b.trim() !== '' && !Number.isNaN(Number(b))) return a - Number(b);
  if (typeof a === 'string' && typeof b === 'number' && a.trim() !== '' && !Number.isNaN(Number(a))) return Number(a) - b;
  return undefined;
}

function compare(op: string, a: unknown, b: unknown): boolean {
  if (op === 'in') return Array.isArray(b) && b.some((item) => order(a, item) === 0);
  if (op === 'has') return typeof a === 'string' && typeof b === 'string' && a.split(',').some((m) => m.trim().toLowerCase() === b.toLowerCase());
  if (Array.isArray(a) && op === 'eq') return a.some((item) => order(item, b) === 0);
  const c = order(a, b);
  if (op === 'ne') return c !== 0;
  if (c === undefined) return false;
  if ((a === null || a === undefined || b === null) && op !== 'eq') return false;
  switch (op) {
    case 'eq':
      return c === 0;
    case 'gt':
      return c > 0;
    case 'ge':
      return c >= 0;
    case 'lt':
      return c < 0;
    default:
      return c <= 0;
  }
}

function call(name: string, args: Expr[], scope: Scope, ctx: EvalContext): unknown {
  return apply(name, args.map((a) => value(a, scope, ctx)), args.length, scope, ctx);
}

const s = (x: unknown) => (typeof x === 'string' ? x : x === null || x === undefined ? undefined : String(x));

function apply(name: string, v: unknown[], arity: number, scope: Scope, ctx: EvalContext): unknown {
  const a = v[0];
  const b = v[1];
  const c = v[2];
  switch (name) {
    case 'startswith':
      return s(a)?.toLowerCase().startsWith(s(b)?.toLowerCase() ?? '\0') ?? false;
    case 'endswith':
      return s(a)?.toLowerCase().endsWith(s(b)?.toLowerCase() ?? '\0') ?? false;
    case 'contains':
      return Array.isArray(a) ? a.some((x) => order(x, b) === 0) : (s(a)?.toLowerCase().includes(s(b)?.toLowerCase() ?? '\0') ?? false);
    case 'tolower':
      return s(a)?.toLowerCase() ?? null;
    case 'toupper':
      return s(a)?.toUpperCase() ?? null;
    case 'trim':
      return s(a)?.trim() ?? null;
    case 'length':
      return Array.isArray(a) ? a.length : (s(a)?.length ?? null);
    case 'indexof':
      return s(a)?.toLowerCase().indexOf(s(b)?.toLowerCase() ?? '\0') ?? -1;
    case 'concat':
      return (s(a) ?? '') + (s(b) ?? '');
    case 'substring':
      return s(a)?.substring(Number(b), c === undefined ? undefined : Number(b) + Number(c)) ?? null;
    case 'isof':
      return arity === 1 ? ctx.isOf(scope.it, String(a)) : ctx.isOf(a, String(b));
    case 'cast':
      return /^edm\.(int|double|decimal|single|byte|sbyte)/i.test(String(b)) && typeof a === 'string' && a.trim() !== '' ? Number(a) : a;
    default:
      return undefined;
  }
}
