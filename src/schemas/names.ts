/** JSON Schema dialect of every generated schema. */
export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** First line of every generated artifact. */
export const GENERATED_NOTICE = 'graph-contracts build - do not edit';

/** The schema file (and `$id`) of a Graph type: `<TypeName>.schema.json`. */
export function schemaFile(typeName: string): string {
  return `${typeName}.schema.json`;
}
