import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { SchemaSet, SchemaValidator } from './types.js';

/** A validator over one schema set (provisional: all errors, JSON pointers; replaced by the build's). */
export function createSchemaValidator(schemas: SchemaSet): SchemaValidator {
  let ajv: Ajv2020 | undefined;
  const load = (): Ajv2020 => {
    // strict: false because doc-derived schemas carry annotation keywords ajv does not know.
    ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    for (const schema of Object.values(schemas)) ajv.addSchema(schema);
    return ajv;
  };
  return {
    has: (schema) => Object.hasOwn(schemas, schema),
    validate(schema, value, prefix = '') {
      const fn = (ajv ?? load()).getSchema(schema);
      if (!fn) return [{ pointer: prefix, keyword: '$ref', message: `schema ${schema} is not in the set` }];
      if (fn(value)) return [];
      return (fn.errors ?? []).map((e) => ({ pointer: prefix + e.instancePath, keyword: e.keyword, message: e.message ?? e.keyword, expected: e.schema, actual: e.data }));
    },
  };
}
