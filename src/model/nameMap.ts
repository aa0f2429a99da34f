import { typeKey } from './typeRef.js';

const DEFAULT_NAMESPACE = /^#?microsoft\.graph\./;

/** Full lower-cased name without the default namespace: `callRecords.session` stays qualified. */
function fullKey(name: string): string {
  return name.toLowerCase().replace(DEFAULT_NAMESPACE, '');
}

/** Names repeat across thousands of lookups; their keys are computed once. */
const keys = new Map<string, [full: string, simple: string]>();
function keysOf(name: string): [string, string] {
  let k = keys.get(name);
  if (!k) {
    k = [fullKey(name), typeKey(name)];
    if (keys.size > 100_000) keys.clear();
    keys.set(name, k);
  }
  return k;
}

/** A map by full name with a fallback by simple name (first definition wins there). */
export class NameMap<T> {
  readonly byFull = new Map<string, T>();
  private readonly bySimple = new Map<string, T>();

  set(name: string, value: T): void {
    const [full, simple] = keysOf(name);
    this.byFull.set(full, value);
    if (!this.bySimple.has(simple) || !name.includes('.')) this.bySimple.set(simple, value);
  }

  get(name: string): T | undefined {
    const [full, simple] = keysOf(name);
    return this.byFull.get(full) ?? this.bySimple.get(simple);
  }

  exact(name: string): T | undefined {
    return this.byFull.get(keysOf(name)[0]);
  }
}

