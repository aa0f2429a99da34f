import { randomUUID } from 'node:crypto';
import type { Contract, ContractSet } from '../contracts/types.js';
import { versionFolderOf } from '../contracts/versionFolder.js';
import { createSchemaValidator } from '../schemas/index.js';
import type { SchemaValidator } from '../schemas/types.js';
import { ContentStore } from './content.js';
import type { DriftSettings } from './driftRequest.js';
import { Router } from './route.js';
import { seedContract, seedStore } from './seed.js';
import { MockStore, type StoreSnapshot } from './store.js';
import { MAX_SLOW_MS, type MockOptions } from './types.js';
import { versionParts } from './versions.js';

/** Everything the handler reads: contracts routed, the store, and resolved options. */
export interface MockState extends DriftSettings {
  set: ContractSet;
  router: Router;
  store: MockStore;
  /** File content, download tokens and upload sessions. */
  content: ContentStore;
  validator: SchemaValidator;
  /** Items per collection page when the client asks no smaller one. */
  pageSize: number;
  acceptToken: (bearer: string) => boolean;
  /** Refuse requests the token's permission type may not make (see `MockOptions.permissions`). */
  enforcePermissions: boolean;
  slowMs: number;
  newId: () => string;
  now: () => Date;
  /** Empties the store and seeds it again from the contracts. */
  reset(): void;
  /** Puts pristine seed data back at the paths one contract uses (isolates that contract). */
  reseed(contract: Contract): void;
  /**
   * A set of both API versions (see `versionParts`): the state of each version, which answers
   * that version's requests from its own routes and store. This state's `store` and `content`
   * are then the first version's. @default none: this state answers both versions
   */
  versions?: ReadonlyMap<string, MockState>;
}

/** Seeded stores prepared for a set (see `primeMock`), adopted by its mock's first seeding. */
const primedSeeds = new WeakMap<ContractSet, StoreSnapshot>();

/** Hands a seeded store prepared elsewhere to the next mock of `set`, whose first seeding adopts it instead of seeding. */
export function primeSeeds(set: ContractSet, seeds: StoreSnapshot): void {
  primedSeeds.set(set, seeds);
}

/** Routes the contracts and seeds a fresh store (one per API version for a set of both, see `versionParts`). */
export function createMockState(set: ContractSet, options: MockOptions = {}): MockState {
  const parts = versionParts(set);
  if (parts) {
    const validator = options.validator ?? createSchemaValidator(set.schemas);
    const versions = new Map([...parts].map(([version, part]) => [version, createMockState(part, { ...options, validator })]));
    const first = versions.values().next().value!;
    return {
      ...first,
      set,
      router: new Router(set.contracts),
      reset: () => versions.forEach((v) => v.reset()),
      reseed: (contract) => versions.get(versionFolderOf(contract.id).slice(0, -1))?.reseed(contract),
      versions,
    };
  }
  const router = new Router(set.contracts);
  const store = new MockStore();
  const content = new ContentStore();
  const validator = options.validator ?? createSchemaValidator(set.schemas);
  const deps = { schemas: set.schemas, validator };
  const driftCounters = new Map<string, number>();
  const reset = () => {
    store.clear();
    content.clear();
    driftCounters.clear();
    const primed = primedSeeds.get(set);
    primedSeeds.delete(set);
    if (primed) store.adopt(primed);
    else seedStore(store, set.contracts, router, deps);
  };
  reset();
  return {
    set,
    router,
    store,
    content,
    validator,
    pageSize: Math.max(1, options.pageSize ?? 100),
    ...(options.drift ? { drift: options.drift } : {}),
    ...(options.driftTimes !== undefined ? { driftTimes: options.driftTimes } : {}),
    acceptToken: options.acceptToken ?? ((token) => token.length > 0),
    enforcePermissions: options.permissions !== 'ignore',
    slowMs: Math.max(0, Math.min(options.slowMs ?? 1500, MAX_SLOW_MS)),
    newId: options.newId ?? randomUUID,
    now: options.now ?? (() => new Date()),
    driftCounters,
    reset,
    reseed: (contract) => seedContract(store, contract, router, deps),
  };
}
