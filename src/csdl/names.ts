import type { TypeRef } from '../model/types.js';
import type { CsdlTypeRef } from './types.js';

/** `microsoft.graph.callRecords.session` → `session`; `Edm.String` stays `edm.string`. Lower-cased. */
export function simpleName(name: string): string {
  const n = name.replace(/^#/, '');
  if (/^edm\./i.test(n)) return n.toLowerCase();
  return n.slice(n.lastIndexOf('.') + 1).toLowerCase();
}

/** Whether a doc type and a CSDL type name the same type (namespaces and case ignored). */
export function sameTypeRef(doc: TypeRef, csdl: CsdlTypeRef): boolean {
  return doc.collection === csdl.collection && simpleName(doc.name) === simpleName(csdl.name);
}

/** `Collection(Edm.String)` / `user` as written in messages. */
export function showRef(t: { name: string; collection: boolean }): string {
  return t.collection ? `Collection(${t.name})` : t.name;
}
