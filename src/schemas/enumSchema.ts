import type { EnumType } from '../model/types.js';
import { GENERATED_NOTICE, SCHEMA_DIALECT, schemaFile } from './names.js';
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
