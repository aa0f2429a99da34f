import { typeKey } from './typeRef.js';

const DEFAULT_NAMESPACE = /^#?microsoft\.graph\./;

/** Full lower-cased name without the default namespace: `callRecords.session` stays qualified. */
function fullKey(name: string): string {
  return name.toLowerCase().replace(DEFAULT_NAMESPACE, '');
}

/**
 * The keys of each name looked up: names repeat across thousands of lookups, and their keys are
 * computed once. One per `TypeIndex`, shared by its maps: nothing is kept from one build to the next.
 */
export class NameKeys {
  private readonly keys = new Map<string, [full: string, simple: string]>();

  of(name: string): [full: string, simple: string] {
    let k = this.keys.get(name);
    if (!k) {
      k = [fullKey(name), typeKey(name)];
      this.keys.set(name, k);
    }
    return k;
  }
}

/** A map by full name with a fallback by simple name (first definition wins there). */
export class NameMap<T> {
  readonly byFull = new Map<string, T>();
  private readonly bySimple = new Map<string, T>();

  constructor(private readonly keys: NameKeys = new NameKeys()) {}

  set(name: string, value: T): void {
    const [full, simple] = this.keys.of(name);
    this.byFull.set(full, value);
    if (!this.bySimple.has(simple) || !name.includes('.')) this.bySimple.set(simple, value);
  }

  get(name: string): T | undefined {
    const [full, simple] = this.keys.of(name);
    return this.byFull.get(full) ?? this.bySimple.get(simple);
  }

  exact(name: string): T | undefined {
    return this.byFull.get(this.keys.of(name)[0]);
  }
}
