import { compileSet, type CompiledSet } from './ajv.js';
import { toIssues } from './toIssues.js';
import type { SchemaSet, SchemaValidator } from './types.js';

/**
 * A validator over one schema set. The ajv instance is created on the first `validate` call and
 * each schema compiled once; callers never see ajv types, only `SchemaIssue`s.
 */
export function createSchemaValidator(schemas: SchemaSet): SchemaValidator {
  let compiled: CompiledSet | undefined;
  return {
    has: (schema) => Object.hasOwn(schemas, schema),
    validate(schema, value, pointerPrefix = '') {
      compiled ??= compileSet(schemas);
      const fn = compiled.validator(schema);
      return fn(value) ? [] : toIssues(fn.errors ?? [], value, pointerPrefix);
    },
  };
}

/** Compiles every schema of the set; returns the files that fail to compile, with ajv's reason. */
export function compileAll(schemas: SchemaSet): { file: string; error: string }[] {
  const compiled = compileSet(schemas);
  const failures: { file: string; error: string }[] = [];
  for (const file of Object.keys(schemas).sort()) {
    try {
      compiled.validator(file);
    } catch (err) {
      failures.push({ file, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return failures;
}
