import type { DocDiagnostic } from '../docs/types.js';
import type { ApiModel, EnumType, Resource } from '../model/types.js';

/** A Graph type the model knows: a resource/complex type or an enum. */
export type NamedType = { kind: 'resource'; name: string; resource: Resource } | { kind: 'enum'; name: string; enum: EnumType };

/** Case-insensitive lookup of model types by the names pages use to refer to them. */
export interface TypeIndex {
  /** Resolves `educationsynchronizationprofilestatus`, `microsoft.graph.X`, `#microsoft.graph.X`. */
  get(name: string): NamedType | undefined;
  /** Every type that gets a schema, sorted by name. */
  all: NamedType[];
  /** Name clashes found while indexing (same name up to case, enum vs resource). */
  diagnostics: DocDiagnostic[];
}

// Module constants: a regex literal inside a function makes a new RegExp object per call.
const HASH = /^#/;
const GRAPH_NAMESPACE = /^microsoft\.graph\./i;

/** Strips the `#` and `microsoft.graph.` prefixes that `@odata.type` values carry. */
export function simpleTypeName(name: string): string {
  return name.trim().replace(HASH, '').replace(GRAPH_NAMESPACE, '');
}

/**
 * Indexes the model's types. Names that differ only by case would collide as schema files on
 * case-insensitive file systems (and pages link types in any case), so the first name in sorted
 * order wins and each loser gets a `type-name-clash` diagnostic. Resources win over enums.
 */
export function indexTypes(model: ApiModel): TypeIndex {
  const byLower = new Map<string, NamedType>();
  const diagnostics: DocDiagnostic[] = [];
  const candidates: NamedType[] = [
    ...Object.keys(model.resources).sort().map((name): NamedType => ({ kind: 'resource', name, resource: model.resources[name]! })),
    ...Object.keys(model.enums).sort().map((name): NamedType => ({ kind: 'enum', name, enum: model.enums[name]! })),
  ];
  for (const t of candidates) {
    const key = t.name.toLowerCase();
    const winner = byLower.get(key);
    if (winner) {
      diagnostics.push({
        rule: 'type-name-clash',
        severity: 'warning',
        message: `${t.kind} type \`${t.name}\` clashes with ${winner.kind} type \`${winner.name}\` (names are compared ignoring case); \`${winner.name}\` is used`,
        source: sourceOf(t),
        related: [sourceOf(winner)],
      });
      continue;
    }
    byLower.set(key, t);
  }
  const all = [...byLower.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Namespaced names (`callRecords.session`) are also found by their last segment, as pages link them.
  // Memoised: contract derivation looks the same few names up for every example.
  // A name that resolves to nothing is remembered as null: one map lookup per call either way.
  const memo = new Map<string, NamedType | null>();
  const get = (name: string) => {
    let found = memo.get(name);
    if (found === undefined) {
      const key = simpleTypeName(name).toLowerCase();
      found = byLower.get(key) ?? byLower.get(key.slice(key.lastIndexOf('.') + 1)) ?? null;
      memo.set(name, found);
    }
    return found ?? undefined;
  };
  return { get, all, diagnostics };
}

/** Where a named type is documented. */
export function sourceOf(t: NamedType) {
  return t.kind === 'resource' ? t.resource.source : t.enum.source;
}
