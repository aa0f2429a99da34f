import type { Contract } from '../contracts/types.js';

/** One segment of a path template, compiled. */
type Segment = { kind: 'literal'; text: string } | { kind: 'pattern'; key: string; regex: RegExp };

/** What a documented path template serves, per HTTP method. */
export interface RouteNode {
  /** The template as first seen, for messages. */
  template: string;
  methods: Map<string, Contract[]>;
  /** Contracts whose page documents this path template (not only an example path matching it). */
  documented: Set<Contract>;
}

interface TrieNode {
  literals: Map<string, TrieNode>;
  patterns: { key: string; regex: RegExp; node: TrieNode }[];
  route?: RouteNode;
}

/** Result of routing one request. */
export type RouteMatch =
  | { kind: 'found'; route: RouteNode; contracts: Contract[]; segments: string[] }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'no-route' };

/** The versions Graph serves; every documented template is routed under each. */
export const VERSIONS = ['beta', 'v1.0'] as const;

// `users('{id}')` and `users('abc')` are OData key syntax for `users/{id}`; functions such as
// `delta()` or `range(address='A1')` are not keys and stay one segment.
const KEY_SEGMENT = /^([^.()=]+)\('?([^'()=,]+)'?\)$/;

/**
 * Splits a path (template or request) into segments, turning OData key segments into two and
 * keeping OneDrive path addressing as one segment: `root:/Documents/a.txt:` (and
 * `{item-id}:/a.txt:`) address one item whatever the depth of its path
 * (https://learn.microsoft.com/graph/onedrive-addressing-driveitems).
 */
export function splitPath(path: string): string[] {
  const out: string[] = [];
  const raws = path.split('?')[0]!.split('/');
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    if (raw === '') continue;
    if (raw.endsWith(':') && raw.length > 1 && i + 1 < raws.length) {
      // Path addressing runs to the next segment ending in ':' (or to the end of the path).
      let end = i + 1;
      while (end < raws.length - 1 && !raws[end]!.endsWith(':')) end++;
      out.push(raws.slice(i, end + 1).join('/'));
      i = end;
      continue;
    }
    const key = KEY_SEGMENT.exec(raw);
    if (key) out.push(key[1]!, key[2]!);
    else out.push(raw);
  }
  return out;
}

/** Removes scheme/host and a leading `/beta` or `/v1.0` from a documented template. */
export function stripVersion(template: string): string {
  const path = template.replace(/^https?:\/\/[^/]+/i, '').trim();
  const m = /^\/(beta|v1\.0)(?=\/|$)/i.exec(path);
  return m ? path.slice(m[0].length) || '/' : path;
}

function compileSegment(text: string): Segment {
  if (!text.includes('{')) return { kind: 'literal', text: safeDecode(text).toLowerCase() };
  // `{id | userPrincipalName}` is one parameter with alternative names.
  const parts = text.split(/\{[^}]*\}/);
  // Request segments never hold a slash except path addressing (`{item-id}:/a/b.txt:`), which a
  // parameter must take whole.
  const param = '(.+?)';
  const source = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(param);
  return { kind: 'pattern', key: parts.join('{}').toLowerCase(), regex: new RegExp(`^${source}$`, 'i') };
}

/** Routes requests to contracts by method and path template (case-insensitive literals). */
export class Router {
  private readonly root: TrieNode = { literals: new Map(), patterns: [] };
  /** Number of distinct documented operations (method and path template) served. */
  readonly operations: number;

  constructor(contracts: readonly Contract[]) {
    for (const contract of contracts) {
      // The example path is routed too: examples sometimes differ from the page's templates.
      const templates = new Set([contract.operation.pathTemplate, ...contract.operation.pathTemplates]);
      for (const template of templates) this.add(template, contract).documented.add(contract);
      if (!templates.has(contract.request.path)) this.add(contract.request.path, contract);
    }
    this.operations = new Set(contracts.map((c) => `${c.request.method} ${stripVersion(c.operation.pathTemplate).toLowerCase()}`)).size;
  }

  private add(template: string, contract: Contract): RouteNode {
    let node = this.root;
    for (const seg of splitPath(stripVersion(template)).map(compileSegment)) {
      if (seg.kind === 'literal') {
        let next = node.literals.get(seg.text);
        if (!next) node.literals.set(seg.text, (next = { literals: new Map(), patterns: [] }));
        node = next;
      } else {
        let entry = node.patterns.find((p) => p.key === seg.key);
        if (!entry) node.patterns.push((entry = { key: seg.key, regex: seg.regex, node: { literals: new Map(), patterns: [] } }));
        node = entry.node;
      }
    }
    node.route ??= { template, methods: new Map(), documented: new Set() };
    const list = node.route.methods.get(contract.request.method);
    if (list) {
      if (!list.includes(contract)) list.push(contract);
    } else {
      node.route.methods.set(contract.request.method, [contract]);
    }
    return node.route;
  }

  /** Routes a path without version prefix (`/users/1`), preferring literal segments. */
  match(method: string, path: string): RouteMatch {
    const segments = splitPath(path).map(safeDecode);
    const candidates: RouteNode[] = [];
    collect(this.root, segments, 0, candidates);
    const hit = candidates.find((r) => r.methods.has(method));
    if (hit) return { kind: 'found', route: hit, contracts: hit.methods.get(method)!, segments };
    if (candidates.length === 0) return { kind: 'no-route' };
    const allow = [...new Set(candidates.flatMap((r) => [...r.methods.keys()]))].sort();
    return { kind: 'method-not-allowed', allow };
  }
}

function collect(node: TrieNode, segments: string[], i: number, out: RouteNode[]): void {
  if (i === segments.length) {
    if (node.route) out.push(node.route);
    return;
  }
  const seg = segments[i]!;
  const literal = node.literals.get(seg.toLowerCase());
  if (literal) collect(literal, segments, i + 1, out);
  for (const p of node.patterns) if (p.regex.test(seg)) collect(p.node, segments, i + 1, out);
}

/** `decodeURIComponent`, leaving a malformed escape as it is. */
export function safeDecode(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
