import type { JsonSchema, SchemaSet } from '../types.js';
import { escapeToken } from '../../util/jsonPointer.js';
import { viewOf, type Located } from './schemaView.js';
import { derivesFrom, schemaFileOf } from './typeOf.js';

/**
 * How the type an object names in `@odata.type` relates to the type the docs declare at its
 * place: the same; derived from it (Graph lists groups in a `directoryObject` collection);
 * `related`, where the docs cannot tell (the named or the declared type's page names no base
 * type, the two share a simple name in different namespaces, or both share a base other than
 * `entity`: a property documented as one of several sibling types, as `call.mediaConfig` is
 * "appHostedMediaConfig or serviceHostedMediaConfig"); `unrelated`, a type
 * whose documented ancestry meets the declared one's nowhere but at `entity`; or `undocumented`,
 * a type the docs do not define.
 */
export type Relation = 'same' | 'derived' | 'related' | 'unrelated' | 'undocumented';

/** An object of a body that names its type, with what the docs declare where it stands. */
export interface TypedObject {
  pointer: string;
  value: Record<string, unknown>;
  /** Schema files of the types declared at this place (several where pages share a request). */
  declared: string[];
  /** The `@odata.type` value as sent. */
  named: string;
  /** Schema file of the named type, when the docs define it. */
  runtime?: string;
  relation: Relation;
}

/** The root every entity type derives from: sharing only it says nothing about two types. */
const ROOT = 'entity.schema.json';

/** How the named type relates to the declared ones (see {@link Relation}). */
export function relationOf(schemas: SchemaSet, named: string, declared: readonly string[]): { relation: Relation; runtime?: string } {
  const runtime = schemaFileOf(schemas, named);
  if (!runtime) return { relation: 'undocumented' };
  if (declared.includes(runtime)) return { relation: 'same', runtime };
  if (declared.some((d) => derivesFrom(schemas, runtime, d))) return { relation: 'derived', runtime };
  const ancestry = ancestorsOf(schemas, runtime);
  if (ancestry.length === 0) return { relation: 'related', runtime };
  // The declared type's page names no base type: the docs cannot say what else stands in its place.
  if (declared.every((d) => ancestorsOf(schemas, d).length === 0)) return { relation: 'related', runtime };
  // Pages name types by their simple name: `managedTenants.riskyUser` where a page links `riskyUser`.
  const simple = (file: string) => file.replace(/\.schema\.json$/, '').replace(/^.*\./, '').toLowerCase();
  if (declared.some((d) => simple(d) === simple(runtime))) return { relation: 'related', runtime };
  const shared = declared.some((d) => [d, ...ancestorsOf(schemas, d)].some((a) => a !== ROOT && (a === runtime || ancestry.includes(a))));
  return { relation: shared ? 'related' : 'unrelated', runtime };
}

/** The documented base types of a schema file, nearest first (empty when its page names none). */
export function ancestorsOf(schemas: SchemaSet, file: string): string[] {
  const out: string[] = [];
  for (let at = baseOf(schemas, file); at !== undefined && !out.includes(at) && at !== file; at = baseOf(schemas, at)) out.push(at);
  return out;
}

function baseOf(schemas: SchemaSet, file: string): string | undefined {
  const ref = (schemas[file] as { allOf?: { $ref?: unknown }[] } | undefined)?.allOf?.find((p) => typeof p.$ref === 'string')?.$ref;
  return typeof ref === 'string' ? ref.split('#')[0]!.replace(/^.*\//, '') : undefined;
}

/**
 * The schema file a property's schema refers to, through nullable wrappers and array items
 * (`{"type": "array", "items": {"$ref": "X.schema.json"}}` → `X.schema.json`).
 */
export function typeFileAt(at: Located): string | undefined {
  const s = at.schema as { $ref?: unknown; anyOf?: JsonSchema[]; items?: JsonSchema };
  if (typeof s.$ref === 'string' && !s.$ref.startsWith('#')) return s.$ref.split('#')[0]!.replace(/^.*\//, '');
  const branch = s.anyOf?.find((b) => (b as { type?: unknown }).type !== 'null');
  if (branch) return typeFileAt({ schema: branch, doc: at.doc });
  if (s.items && typeof s.items === 'object') return typeFileAt({ schema: s.items, doc: at.doc });
  return undefined;
}

/** Bounds of the walk: answers are large, and a check must stay cheap. */
const MAX_DEPTH = 12;
const MAX_OBJECTS = 5000;

/**
 * Every object below `body` (the body itself included) that carries `@odata.type`, with the
 * type(s) declared at its place: `declared` at the root, then each property's documented type,
 * read from the runtime type of the object holding it when that type is derived from the
 * declared one (so a derived type's own members are followed). Depth first, document order.
 */
export function typedObjects(schemas: SchemaSet, declared: readonly string[], body: unknown, prefix = ''): TypedObject[] {
  const out: TypedObject[] = [];
  let visited = 0;
  const visit = (value: unknown, types: readonly string[], pointer: string, depth: number) => {
    if (depth > MAX_DEPTH || ++visited > MAX_OBJECTS || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((item, i) => visit(item, types, `${pointer}/${i}`, depth + 1));
    const object = value as Record<string, unknown>;
    const named = object['@odata.type'];
    let effective = types[0];
    if (typeof named === 'string' && types.length > 0) {
      const { relation, runtime } = relationOf(schemas, named, types);
      out.push({ pointer, value: object, declared: [...types], named, relation, ...(runtime ? { runtime } : {}) });
      if (runtime && relation !== 'unrelated') effective = runtime;
    }
    const properties = effective ? propertiesOf(schemas, effective) : undefined;
    if (!properties) return;
    for (const [name, v] of Object.entries(object)) {
      if (v === null || typeof v !== 'object') continue;
      const at = properties[name];
      const file = at ? typeFileAt(at) : undefined;
      if (file && schemas[file]) visit(v, [file], `${pointer}/${escapeToken(name)}`, depth + 1);
    }
  };
  visit(body, declared, prefix, 0);
  return out;
}

const propertyCache = new WeakMap<SchemaSet, Map<string, Record<string, Located>>>();

/** The properties a type's schema declares, own and inherited; undefined for a file not in the set. */
export function propertiesOf(schemas: SchemaSet, file: string): Record<string, Located> | undefined {
  const schema = schemas[file];
  if (!schema) return undefined;
  let perSet = propertyCache.get(schemas);
  if (!perSet) propertyCache.set(schemas, (perSet = new Map()));
  let properties = perSet.get(file);
  if (!properties) perSet.set(file, (properties = viewOf(schemas, { schema, doc: file }).properties));
  return properties;
}
