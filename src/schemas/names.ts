/** JSON Schema dialect of every generated schema. */
export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** First line of every generated artifact. */
export const GENERATED_NOTICE = 'graph-contracts build - do not edit';

/** The schema file (and `$id`) of a Graph type: `<TypeName>.schema.json`. */
export function schemaFile(typeName: string): string {
  return `${typeName}.schema.json`;
}

/**
 * Vendor keyword on an `enum` taken from a String property's "Possible values" prose rather than
 * from a named enum type: `{ "from": "prose", "source": "file:line", "evolvableFrom": n }`
 * (`evolvableFrom`: index of `unknownFutureValue`, members after it need
 * `Prefer: include-unknown-enum-members`). Tools may treat such a list as less authoritative.
 */
export const PROSE_ENUM_KEYWORD = 'x-graph-enum';

/**
 * Vendor keyword `true` on a property a Relationships table documents: a navigation property,
 * which Graph answers only when `$expand` names it. The name Microsoft's own OpenAPI description
 * of Graph uses for the same fact, so tools that read those read ours.
 */
export const NAVIGATION_KEYWORD = 'x-ms-navigationProperty';
