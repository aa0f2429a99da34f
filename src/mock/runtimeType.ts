import type { SchemaSet } from '../schemas/types.js';
import { relationOf } from '../schemas/view/runtimeTypes.js';
import { locate, schemaAt, viewOf } from '../schemas/view/schemaView.js';

/**
 * The schema file of the type an entity names in `@odata.type` when it is not the declared one
 * and the checks judge the entity as that type (one derived from the declared type, or related
 * where the docs cannot tell); else undefined: the entity is the declared type's.
 */
export function runtimeTypeOf(schemas: SchemaSet, entity: unknown, declared: string): string | undefined {
  const named = typeof entity === 'object' && entity !== null ? (entity as Record<string, unknown>)['@odata.type'] : undefined;
  if (typeof named !== 'string') return undefined;
  const { relation, runtime } = relationOf(schemas, named, [declared]);
  return runtime !== declared && (relation === 'derived' || relation === 'related') ? runtime : undefined;
}

/** The members a type's schema lists at a pointer below it; undefined where it documents no enum. */
export function enumMembersAt(schemas: SchemaSet, file: string, pointer: string): string[] | undefined {
  const root = locate(schemas, file);
  const at = root ? schemaAt(schemas, root, pointer) : undefined;
  const members = (at ? (viewOf(schemas, at).enum ?? []) : []).filter((m): m is string => typeof m === 'string');
  return members.length > 0 ? members : undefined;
}
