import { valueAt } from '../../util/jsonPointer.js';
import type { JsonSchema, SchemaSet } from '../types.js';

/** The parts of a (possibly `$ref`/`allOf`/nullable) JSON Schema the mock needs, flattened. */
export interface SchemaView {
  types: string[];
  format?: string;
  enum?: unknown[];
  properties: Record<string, Located>;
  required: string[];
  items?: Located;
}

/** A schema together with the document its local `$ref`s resolve against. */
export interface Located {
  schema: JsonSchema;
  doc: string;
}

const MAX_DEPTH = 24;

/** Flattens `$ref`, `allOf` and nullable `anyOf`/`oneOf` wrappers into one view. */
export function viewOf(set: SchemaSet, at: Located, depth = 0): SchemaView {
  // Properties by doc name in a prototype-free record: a schema without `constructor` or
  // `toString` must not appear to declare them (lookups here and in the mock index it directly).
  const view: SchemaView = { types: [], properties: Object.create(null) as Record<string, Located>, required: [] };
  merge(set, at, view, depth);
  return view;
}

/** Looks a schema up by file name (as used in contracts), or undefined. */
export function locate(set: SchemaSet, file: string | undefined): Located | undefined {
  if (!file) return undefined;
  const schema = set[file];
  return schema ? { schema, doc: file } : undefined;
}

function merge(set: SchemaSet, at: Located, view: SchemaView, depth: number): void {
  if (depth > MAX_DEPTH || typeof at.schema !== 'object' || at.schema === null) return;
  const s = at.schema as Record<string, unknown>;
  if (typeof s.$ref === 'string') {
    const target = resolveRef(set, at.doc, s.$ref);
    if (target) merge(set, target, view, depth + 1);
  }
  for (const part of (s.allOf as JsonSchema[] | undefined) ?? []) merge(set, { schema: part, doc: at.doc }, view, depth + 1);
  const alternatives = ((s.anyOf ?? s.oneOf) as JsonSchema[] | undefined) ?? [];
  // Nullable wrappers (`anyOf: [{$ref}, {type: 'null'}]`) carry one real branch; take the first.
  const real = alternatives.find((a) => (a as { type?: unknown }).type !== 'null');
  if (real) merge(set, { schema: real, doc: at.doc }, view, depth + 1);
  if (typeof s.type === 'string') view.types.push(s.type);
  if (Array.isArray(s.type)) view.types.push(...(s.type as string[]).filter((t) => t !== 'null'));
  if (typeof s.format === 'string') view.format ??= s.format;
  if (Array.isArray(s.enum)) view.enum ??= (s.enum as unknown[]).filter((v) => v !== null);
  if (s.properties && typeof s.properties === 'object') {
    for (const [name, sub] of Object.entries(s.properties as Record<string, JsonSchema>)) {
      view.properties[name] ??= { schema: sub, doc: at.doc };
    }
  }
  if (Array.isArray(s.required)) view.required.push(...(s.required as string[]));
  if (s.items && typeof s.items === 'object') view.items ??= { schema: s.items as JsonSchema, doc: at.doc };
}

function resolveRef(set: SchemaSet, doc: string, ref: string): Located | undefined {
  const [file, fragment] = ref.split('#', 2) as [string, string | undefined];
  // A file `$ref` resolves against the referring schema's folder (`v1.0/` in a set of both versions).
  const name = file === '' ? doc : doc.slice(0, doc.lastIndexOf('/') + 1) + file.replace(/^.*\//, '');
  const node = valueAt(set[name], fragment ?? '');
  return node && typeof node === 'object' ? { schema: node as JsonSchema, doc: name } : undefined;
}

/** The schema of the value at a JSON pointer below `root`, or undefined when it is not described. */
export function schemaAt(set: SchemaSet, root: Located, pointer: string): Located | undefined {
  let at: Located | undefined = root;
  for (const part of pointer.split('/').slice(1)) {
    if (!at) return undefined;
    const view = viewOf(set, at);
    at = /^\d+$/.test(part) || part === '*' ? view.items : view.properties[part];
  }
  return at;
}
