import type { Contract } from '../contracts/types.js';
import type { Transport } from '../transport/types.js';
import { paramEnvName, type Fixtures } from '../target/fixtures.js';
import { fillPath, requestFor } from './requestFor.js';

const isResponse = (value: unknown): value is { status: number } => typeof (value as { status?: unknown } | undefined)?.status === 'number';

/** Path parameter values for a contract, or why one could not be found. */
export type Resolution = { values: Record<string, string> } | { reason: string };

/** Where the resolver looks, in order: fixtures, environment, then discovery over the transport. */
export interface ResolverSources {
  fixtures: Fixtures;
  fixturesFile?: string;
  env: Record<string, string | undefined>;
  transport: Transport;
  /** Every contract of the set: discovery looks here for a documented create. */
  contracts: readonly Contract[];
  headers: Record<string, string>;
  /** Whether discovery may send this documented create (live runs: the write gate allows it). @default always */
  mayCreate?: (contract: Contract) => boolean;
  /**
   * Live writes: contract id → the parameter that must name a resource the run creates for it, or
   * a disposable id of the fixtures; never a listed or configured one. @default none
   */
  ownParams?: Record<string, string>;
}

/** The collection a parameter indexes: the path before the segment holding `{param}`. */
export function parentOf(path: string, param: string): string | undefined {
  const segments = path.split('/');
  const at = segments.findIndex((s) => s.includes(`{${param}}`));
  if (at < 1) return undefined;
  const segment = segments[at] as string;
  const keyed = segment.indexOf('(');
  if (keyed > 0) return [...segments.slice(0, at), segment.slice(0, keyed)].join('/');
  return segments.slice(0, at).join('/') || undefined;
}

const shape = (path: string): string => path.replace(/\{[^{}]*\}/g, '{}');

/** The path ends in the parameter (`…/{id}`, `…('{id}')`, `…/{id}/$ref`): a DELETE of it removes what it names. */
const deletes = (path: string, param: string): boolean => new RegExp(`\\{${param.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\}'?\\)?(/\\$ref)?/?$`).test(path);

/**
 * Resolves `{…}` path parameters from a fixtures file, `GRAPH_CONTRACTS_PARAM_*` variables, or
 * discovery: list the parent collection and take the first `id`, else send the documented create
 * (POST/PUT on the parent collection) and delete what it made in `cleanup()`. Deletes always get
 * a resource of their own, so they never remove one another request relies on.
 */
export class ParamResolver {
  private readonly listed = new Map<string, Promise<string | undefined>>();
  private readonly created = new Map<string, Promise<string | undefined>>();
  private readonly madeUrls: string[] = [];
  /** Listed ids a delete already took (`parent|id`). */
  private readonly claimed = new Set<string>();

  constructor(private readonly sources: ResolverSources) {}

  /** Values for every path parameter of `contract`, or the reason one is missing. */
  async resolve(contract: Contract, depth = 0): Promise<Resolution> {
    const values: Record<string, string> = {};
    const params = contract.request.pathParams;
    for (const param of params) {
      if (this.sources.ownParams?.[contract.id] === param) {
        const mine = this.disposable(contract, param) ?? (depth < 3 ? await this.discoverOwn(contract, param, values, depth) : { reason: 'discovery nested too deep' });
        if (typeof mine !== 'string') return { reason: `path parameter {${param}} must name a resource this run creates (or one the fixtures mark disposable): ${mine.reason}` };
        values[param] = mine;
        continue;
      }
      // What a delete removes is a resource of its own, not the catch-all default every other request shares.
      const own = contract.request.method === 'DELETE' && deletes(contract.request.path, param) && this.onlyDefault(contract, param) && depth < 3;
      const fresh = own ? await this.discover(contract, param, values, depth) : undefined;
      const known = typeof fresh === 'string' ? fresh : (this.disposablePath(contract)?.[param] ?? this.fromConfig(contract, param));
      const found = known ?? (depth < 3 ? await this.discover(contract, param, values, depth) : { reason: 'discovery nested too deep' });
      if (typeof found !== 'string') return { reason: `path parameter {${param}} unresolved: ${this.tried(param)}; ${found.reason}` };
      values[param] = found;
    }
    return { values };
  }

  /**
   * Deletes what discovery created, newest first; returns the URLs that could not be deleted.
   * A 404 means the resource is gone already (a DELETE contract used it), not a leftover.
   */
  async cleanup(): Promise<string[]> {
    const failed: string[] = [];
    for (const url of this.madeUrls.splice(0).reverse()) {
      const res = await this.sources.transport.send({ method: 'DELETE', url, headers: this.sources.headers }).catch((err: unknown) => err);
      // Refused because the run was interrupted: the run's own cleanup deletes it from the ledger.
      if ((res as { code?: unknown } | undefined)?.code === 'RUN_INTERRUPTED') continue;
      if (!isResponse(res) || (res.status >= 300 && res.status !== 404)) failed.push(url);
    }
    this.listed.clear();
    this.created.clear();
    return failed;
  }

  /** The parameter's value would come from `fixtures.default` alone. */
  private onlyDefault(contract: Contract, param: string): boolean {
    const { fixtures, env } = this.sources;
    const byPath = fixtures.paths?.[contract.operation.pathTemplate] ?? fixtures.paths?.[contract.request.path];
    return fixtures.default !== undefined && byPath?.[param] === undefined && fixtures.params?.[param] === undefined && env[paramEnvName(param)] === undefined;
  }

  private fromConfig(contract: Contract, param: string): string | undefined {
    return configuredValue(contract, param, this.sources);
  }

  /** The values the fixtures mark disposable for this contract's path template. */
  private disposablePath(contract: Contract): Record<string, string> | undefined {
    return disposablePath(contract, this.sources.fixtures);
  }

  /** A disposable id of the fixtures for a write's own parameter. */
  private disposable(contract: Contract, param: string): string | undefined {
    return disposableValue(contract, param, this.sources.fixtures);
  }

  /** A fresh resource of the parameter's collection, made by its documented create (never listed). */
  private async discoverOwn(contract: Contract, param: string, known: Record<string, string>, depth: number): Promise<string | { reason: string }> {
    const parentTemplate = parentOf(contract.request.path, param);
    if (!parentTemplate) return { reason: 'no parent collection to create it in' };
    const parent = `/${contract.operation.version}${fillPath(parentTemplate, known)}`;
    const id = await this.create(parentTemplate, parent, known, depth, true);
    return id ?? { reason: `no documented create on ${parent} succeeded` };
  }

  private tried(param: string): string {
    const file = this.sources.fixturesFile ? `not in ${this.sources.fixturesFile}` : 'no fixtures file';
    return `${file}, ${paramEnvName(param)} not set`;
  }

  private async discover(contract: Contract, param: string, known: Record<string, string>, depth: number): Promise<string | { reason: string }> {
    const parentTemplate = parentOf(contract.request.path, param);
    if (!parentTemplate) return { reason: 'no parent collection to discover it from' };
    const parent = `/${contract.operation.version}${fillPath(parentTemplate, known)}`;
    const fresh = contract.request.method === 'DELETE';
    const order = fresh ? [() => this.create(parentTemplate, parent, known, depth, true), () => this.listUnclaimed(parent)] : [() => this.list(parent), () => this.create(parentTemplate, parent, known, depth, false)];
    for (const attempt of order) {
      const id = await attempt();
      if (id !== undefined) return id;
    }
    return { reason: `listing ${parent} gave no id and no documented create on it succeeded` };
  }

  private list(parent: string): Promise<string | undefined> {
    let pending = this.listed.get(parent);
    if (!pending) {
      pending = this.sources.transport.send({ method: 'GET', url: `${parent}?$top=1`, headers: this.sources.headers }).then((res) => {
        const first = res.status === 200 ? (res.json as { value?: { id?: unknown }[] } | undefined)?.value?.[0]?.id : undefined;
        return typeof first === 'string' && first !== '' ? first : undefined;
      });
      this.listed.set(parent, pending);
    }
    return pending;
  }

  /** For a delete: a listed id no other delete took and that is not the catch-all default every other request uses. */
  private async listUnclaimed(parent: string): Promise<string | undefined> {
    const res = await this.sources.transport.send({ method: 'GET', url: `${parent}?$top=50`, headers: this.sources.headers });
    const items = res.status === 200 ? ((res.json as { value?: { id?: unknown }[] } | undefined)?.value ?? []) : [];
    const ids = items.map((i) => i.id).filter((id): id is string => typeof id === 'string' && id !== '' && !this.claimed.has(`${parent}|${id}`));
    const id = ids.find((i) => i !== this.sources.fixtures.default) ?? ids[0];
    if (id !== undefined) this.claimed.add(`${parent}|${id}`);
    return id;
  }

  private create(parentTemplate: string, parent: string, known: Record<string, string>, depth: number, fresh: boolean): Promise<string | undefined> {
    const cached = fresh ? undefined : this.created.get(parent);
    if (cached) return cached;
    const pending = this.sendCreate(parentTemplate, parent, known, depth);
    if (!fresh) this.created.set(parent, pending);
    return pending;
  }

  private async sendCreate(parentTemplate: string, parent: string, known: Record<string, string>, depth: number): Promise<string | undefined> {
    const creates = this.sources.contracts.filter(
      (c) =>
        (c.request.method === 'POST' || c.request.method === 'PUT') &&
        shape(c.request.path) === shape(parentTemplate) &&
        c.response.status < 300 &&
        (this.sources.mayCreate?.(c) ?? true),
    );
    for (const create of creates) {
      const resolved = await this.resolve(create, depth + 1);
      if (!('values' in resolved)) continue;
      const res = await this.sources.transport.send(requestFor(create, { ...resolved.values, ...known }, this.sources.headers));
      const id = (res.json as { id?: unknown } | undefined)?.id;
      if (res.status >= 300 || typeof id !== 'string' || id === '') continue;
      this.madeUrls.push(`${parent}/${encodeURIComponent(id)}`);
      return id;
    }
    return undefined;
  }
}

/** A parameter's value from the fixtures file or a `GRAPH_CONTRACTS_PARAM_*` variable (path entries first, `default` last). */
function configuredValue(contract: Contract, param: string, { fixtures, env }: Pick<ResolverSources, 'fixtures' | 'env'>): string | undefined {
  const byPath = fixtures.paths?.[contract.operation.pathTemplate] ?? fixtures.paths?.[contract.request.path];
  return byPath?.[param] ?? fixtures.params?.[param] ?? env[paramEnvName(param)] ?? fixtures.default;
}

function disposablePath(contract: Contract, fixtures: Fixtures): Record<string, string> | undefined {
  const paths = fixtures.disposable?.paths;
  return paths?.[contract.operation.pathTemplate] ?? paths?.[contract.request.path];
}

function disposableValue(contract: Contract, param: string, fixtures: Fixtures): string | undefined {
  return disposablePath(contract, fixtures)?.[param] ?? fixtures.disposable?.params?.[param];
}

/** How a dry run sees one contract's path parameters. */
export interface PlannedParams {
  /** The path with every value the fixtures or environment give filled in. */
  path: string;
  /** Parameters the run finds as it goes: `{id}: listed from /beta/users`, `{id}: created by the run`. */
  atRunTime: string[];
  /** Why the run could not resolve a parameter (its case would end in an error), if so. */
  unresolved?: string;
}

/**
 * A contract's path parameters as the run would resolve them, without sending anything: values of
 * the fixtures (disposable ones for a write's own parameter) and `GRAPH_CONTRACTS_PARAM_*`, else
 * the discovery the run would do (listing the parent collection or a documented create), else why
 * none is possible. `own` is the parameter a write must create itself (see `ResolverSources.ownParams`).
 */
export function planParams(contract: Contract, sources: Pick<ResolverSources, 'fixtures' | 'fixturesFile' | 'env'>, own?: string): PlannedParams {
  const values: Record<string, string> = {};
  const atRunTime: string[] = [];
  let unresolved: string | undefined;
  for (const param of contract.request.pathParams) {
    const parent = parentOf(contract.request.path, param);
    if (own === param) {
      const disposable = disposableValue(contract, param, sources.fixtures);
      if (disposable !== undefined) values[param] = disposable;
      else if (parent) atRunTime.push(`{${param}}: created by the run in /${contract.operation.version}${parent}`);
      else unresolved ??= `path parameter {${param}} must name a resource this run creates: no parent collection to create it in`;
      continue;
    }
    const value = disposablePath(contract, sources.fixtures)?.[param] ?? configuredValue(contract, param, sources);
    if (value !== undefined) values[param] = value;
    else if (parent) atRunTime.push(`{${param}}: listed from /${contract.operation.version}${parent} (or created there)`);
    else {
      const file = sources.fixturesFile ? `not in ${sources.fixturesFile}` : 'no fixtures file';
      unresolved ??= `path parameter {${param}} unresolved: ${file}, ${paramEnvName(param)} not set; no parent collection to discover it from`;
    }
  }
  return { path: `/${contract.operation.version}${fillPath(contract.request.path, values)}`, atRunTime, ...(unresolved ? { unresolved } : {}) };
}
