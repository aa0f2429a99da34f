import type { EnumType, InlineEnum } from '../model/types.js';
import { GENERATED_NOTICE, PROSE_ENUM_KEYWORD, SCHEMA_DIALECT, schemaFile } from './names.js';
import type { JsonSchema } from './types.js';

/**
 * The schema document of an enum type. Evolvable members (after `unknownFutureValue`) are valid
 * values too; whether the client asked for them is the enum check's business, not the schema's.
 */
export function enumSchema(e: EnumType): JsonSchema {
  const evolvable = e.evolvableFrom !== undefined && e.evolvableFrom < e.members.length - 1;
  const notes = [`from ${e.source.file}:${e.source.line}`];
  if (evolvable) notes.push(`members after unknownFutureValue need Prefer: include-unknown-enum-members`);
  return {
    $schema: SCHEMA_DIALECT,
    $id: schemaFile(e.name),
    $comment: `${GENERATED_NOTICE}; ${notes.join('; ')}`,
    title: e.name,
    type: 'string',
    enum: [...new Set(e.members)],
  };
}

/**
 * The schema of a String property whose description lists its values (the model's `inlineEnum`):
 * the members as `enum`, evolvable ones included as for named enums, marked with the vendor
 * keyword `x-graph-enum` as taken from prose. A collection constrains each item.
 */
export function inlineEnumSchema(e: InlineEnum, collection: boolean): JsonSchema {
  const mark = { from: 'prose', source: `${e.source.file}:${e.source.line}`, ...(e.evolvableFrom !== undefined ? { evolvableFrom: e.evolvableFrom } : {}) };
  const element: JsonSchema = { type: 'string', enum: [...new Set(e.members)], [PROSE_ENUM_KEYWORD]: mark };
  return collection ? { type: 'array', items: element } : element;
}
