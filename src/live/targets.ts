import type { Contract } from '../contracts/types.js';
import type { HttpRequest } from '../transport/types.js';
import { classify, type RequestKind } from './classify.js';
import { shapeOf, type CreateMatchers } from './created.js';

/**
 * Resources a fixtures file hands over to the run's writes (`"disposable"` in `fixtures/live.json`),
 * in the shape of the other fixtures: ids by parameter name, or by path template.
 */
export interface DisposableFixtures {
  params?: Record<string, string>;
  /** Path template (as in `paths` of the fixtures) → its parameter values; a template with `{}` needs none. */
  paths?: Record<string, Record<string, string>>;
}

/** What the write guard allows besides the run's own creates: disposable ids and templates. */
export interface Disposable {
  ids: string[];
  /** Case-insensitive RegExp sources of disposable path templates, version included. */
  templates: string[];
}

/** The disposable ids and templates of a fixtures file. */
export function disposableOf(fixtures: DisposableFixtures | undefined): Disposable {
  const ids = new Set<string>(Object.values(fixtures?.params ?? {}));
  for (const values of Object.values(fixtures?.paths ?? {})) for (const v of Object.values(values)) ids.add(v);
  const templates = Object.keys(fixtures?.paths ?? {}).map((t) => `^/(beta|v1\\.0)${`/${t.replace(/^\//, '')}`.split(/\{[^}]*\}/).map(escape).join('[^/]+')}/?$`);
  return { ids: [...ids].filter(Boolean), templates };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A path as comparable segments: percent-decoded, lower-cased, OData keys (`things('x')`) as segments of their own. */
function segments(path: string): string[] {
  return path.split('?')[0]!.split('/').flatMap((s) => {
    const key = /^(.*?)\((?:'(.*)'|([^)]*))\)$/.exec(s);
    const parts = key ? [key[1]!, key[2] ?? key[3] ?? ''] : [s];
    return parts.filter(Boolean).map((p) => {
      try {
        return decodeURIComponent(p).toLowerCase();
      } catch {
        return p.toLowerCase();
      }
    });
  });
}

/** Whether two paths address the same resource (`/beta/things/x` and `/beta/things('x')`). */
export function samePath(a: string, b: string): boolean {
  const [x, y] = [segments(a), segments(b)];
  return x.length === y.length && x.every((s, i) => s === y[i]);
}

/**
 * Whether a write (not a create) may go to `target`: at or below a resource the run created, or
 * addressing a disposable id or template. Everything else already existed in the tenant.
 */
export function mayWrite(target: string, created: ReadonlySet<string>, disposable: Disposable): boolean {
  const path = segments(target);
  for (const url of created) {
    const own = segments(url);
    if (own.length <= path.length && own.every((s, i) => s === path[i])) return true;
  }
  const ids = new Set(disposable.ids.map((id) => id.toLowerCase()));
  if (path.some((s) => ids.has(s))) return true;
  return disposable.templates.some((t) => new RegExp(t, 'i').test(target.split('?')[0]!));
}

/** Why a write was refused, for the skip reason and the refusal. */
export function notOwnedReason(method: string, target: string): string {
  return `${method} ${target} writes to a resource this run did not create; list a disposable id for it under "disposable" in the fixtures file to allow it`;
}

/** Where a contract's request writes, decided before the run from the contracts and fixtures alone. */
export type WriteTarget =
  | { kind: 'read' }
  | { kind: 'create'; text: string }
  /** `own`: the path parameter that must name a resource the run creates (or a disposable id). */
  | { kind: 'write'; text: string; own?: string }
  | { kind: 'refused'; reason: string };

/** The request a contract documents, with its placeholders left in the path. */
function documentedRequest(c: Contract): HttpRequest {
  const body = c.request.body === undefined ? undefined : typeof c.request.body === 'string' ? c.request.body : JSON.stringify(c.request.body);
  return { method: c.request.method, url: `/${c.operation.version}${c.request.path}`, headers: c.request.headers, body };
}

/**
 * Where `contract` writes, for the plan and the gate: a create; a write to a resource one of
 * `creates` (the creates the run sends) makes, naming the parameter that must be that resource;
 * a write to a disposable resource of the fixtures; or refused. Pure.
 */
export function writeTargetOf(contract: Contract, creates: readonly Contract[], matchers: CreateMatchers, fixtures: DisposableFixtures | undefined): WriteTarget {
  const kind = classify(documentedRequest(contract), matchers);
  return targetOfKind(kind, contract, creates, matchers, fixtures);
}

function targetOfKind(kind: RequestKind, contract: Contract, creates: readonly Contract[], matchers: CreateMatchers, fixtures: DisposableFixtures | undefined): WriteTarget {
  switch (kind.kind) {
    case 'read':
      return { kind: 'read' };
    case 'unreadable':
      return { kind: 'refused', reason: `$batch refused: ${kind.reason}` };
    case 'create':
      return { kind: 'create', text: kind.create.collection ? `creates in ${kind.create.collection}` : `creates ${kind.create.at}` };
    case 'batch': {
      const writes = kind.requests.filter((r) => classify(r.request, matchers).kind !== 'read');
      const refused = writes.filter((r) => classify(r.request, matchers).kind !== 'create' && !mayWrite(r.request.url, new Set(), disposableOf(fixtures)));
      if (refused.length > 0) return { kind: 'refused', reason: `$batch: ${refused.map((r) => notOwnedReason(r.request.method.toUpperCase(), r.request.url.split('?')[0]!)).join('; ')}` };
      return { kind: 'write', text: `$batch of ${kind.requests.length} (${writes.length} writes, each gated)` };
    }
    case 'write':
      return writeTarget(contract, kind, creates, matchers, fixtures);
  }
}

function writeTarget(contract: Contract, kind: { method: string; target: string }, creates: readonly Contract[], matchers: CreateMatchers, fixtures: DisposableFixtures | undefined): WriteTarget {
  const template = contract.operation.pathTemplate;
  const byPath = fixtures?.paths?.[template] ?? fixtures?.paths?.[contract.request.path];
  const params = contract.request.pathParams;
  const last = params.at(-1);
  if (byPath) return { kind: 'write', text: `disposable ${template} (fixtures)`, ...(last && byPath[last] !== undefined ? { own: last } : {}) };
  if (last && fixtures?.params?.[last] !== undefined) return { kind: 'write', text: `disposable {${last}} = ${fixtures.params[last]} (fixtures)`, own: last };
  const shape = shapeOf(contract);
  let best: { length: number; target: WriteTarget } | undefined;
  for (const c of creates) {
    if (c === contract) continue;
    const created = classify(documentedRequest(c), matchers);
    if (created.kind !== 'create') continue;
    const at = shapeOf(c);
    const by = `${c.request.method} /${c.operation.version}${c.request.path}`;
    if (created.create.collection && shape.startsWith(`${at}/{}`) && (shape.length === at.length + 3 || shape[at.length + 3] === '/')) {
      const own = params[at.split('{}').length - 1];
      if (!best || at.length > best.length) best = { length: at.length, target: { kind: 'write', text: `a resource this run creates with ${by}`, ...(own ? { own } : {}) } };
    } else if (created.create.at && (shape === at || shape.startsWith(`${at}/`))) {
      if (!best || at.length > best.length) best = { length: at.length, target: { kind: 'write', text: `the resource ${by} creates in this run` } };
    }
  }
  return best?.target ?? { kind: 'refused', reason: notOwnedReason(kind.method, `/${contract.operation.version}${contract.request.path}`) };
}
