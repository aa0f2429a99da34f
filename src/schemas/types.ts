/** A JSON Schema (2020-12) document. */
export type JsonSchema = Record<string, unknown>;

/**
 * All schemas of a build, keyed by file name (`<TypeName>.schema.json`), which is also each
 * schema's `$id`; schemas `$ref` each other by that file name.
 */
export type SchemaSet = Record<string, JsonSchema>;

/** One way a value fails a schema, free of ajv types. */
export interface SchemaIssue {
  /** JSON pointer to the failing value (with the caller's prefix). */
  pointer: string;
  /** ajv keyword that failed: `type`, `enum`, `format`, `required`, … */
  keyword: string;
  message: string;
  expected?: unknown;
  actual?: unknown;
}

/** Validates values against the schemas of one `SchemaSet` (compiled once, cached). */
export interface SchemaValidator {
  has(schema: string): boolean;
  validate(schema: string, value: unknown, pointerPrefix?: string): SchemaIssue[];
}
