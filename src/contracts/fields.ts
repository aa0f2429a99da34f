import type { Property, Resource } from '../model/types.js';
import type { TypeIndex } from '../schemas/index.js';
import { declaredProperties, isEntity } from './declared.js';
import { escapeToken } from '../util/jsonPointer.js';
import type { EnumField } from './types.js';
import { fitted } from '../util/fitted.js';

/** How deep enum fields are looked for inside nested complex types. */
const MAX_DEPTH = 3;

/**
 * Every enum-typed field of a body of type `type`, as JSON pointers (`*` = every array item):
 * `/status`, `/value/*‌/status` for collections, `/roles/*` for enum collections, and fields of
 * nested complex types up to depth 3. Named enums and the model's inline enums of String
 * properties (their "Possible values"; named `<type>.<property>`) both count. Sorted by pointer.
 */
export function enumFields(type: Resource, collection: boolean, index: TypeIndex): EnumField[] {
  let perIndex = enumCache.get(index);
  if (!perIndex) enumCache.set(index, (perIndex = new WeakMap()));
  let cached = perIndex.get(type);
  if (!cached) perIndex.set(type, (cached = {}));
  // Contracts of one type share the (frozen) list: copying it per contract made this the
  // stage's largest allocation over the full reference.
  const entity = (cached.entity ??= freezeFields(fitted(collectEnumFields(type, index))));
  if (!collection) return entity;
  // A collection's items are the entity's fields under `/value/*` (the same order: one prefix).
  return (cached.collection ??= Object.freeze(entity.map((f) => Object.freeze({ ...f, pointer: `/value/*${f.pointer}` }))) as EnumField[]);
}

/** Enum fields per index and type: many contracts share a response type. */
const enumCache = new WeakMap<TypeIndex, WeakMap<Resource, { entity?: EnumField[]; collection?: EnumField[] }>>();

function collectEnumFields(type: Resource, index: TypeIndex): EnumField[] {
  const out: EnumField[] = [];
  // The complex types descended through, `type` first. Pointers are made only for what is kept
  // or descended into: most properties are neither.
  const seen: Resource[] = [type];
  const visit = (r: Resource, prefix: string) => {
    for (const p of declaredProperties(r, index).values()) {
      if (p.navigation) continue;
      const named = p.type.name.startsWith('Edm.') ? undefined : index.get(p.type.name);
      if (named?.kind === 'enum') {
        out.push(enumField(fieldPointer(prefix, p), named.name, named.enum.members));
      } else if (named?.kind === 'resource' && !isEntity(named.resource, index) && !seen.includes(named.resource) && seen.length < MAX_DEPTH) {
        seen.push(named.resource);
        visit(named.resource, fieldPointer(prefix, p));
        seen.pop();
      } else if (!named && p.inlineEnum) {
        out.push(enumField(fieldPointer(prefix, p), `${r.name}.${p.name}`, p.inlineEnum.members));
      }
    }
  };
  visit(type, '');
  return out.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}

/** The pointer of property `p` below `prefix`; `/*` for a collection's items. */
function fieldPointer(prefix: string, p: Property): string {
  return `${prefix}/${escapeToken(p.name)}${p.type.collection ? '/*' : ''}`;
}

function freezeFields(fields: EnumField[]): EnumField[] {
  for (const f of fields) Object.freeze(Object.freeze(f).members);
  return Object.freeze(fields) as EnumField[];
}

function enumField(pointer: string, name: string, members: string[]): EnumField {
  const i = members.indexOf('unknownFutureValue');
  return { pointer, enum: name, members: [...members], ...(i >= 0 ? { evolvableFrom: i } : {}) };
}
