// Minimal SchemaValidator over a fixture SchemaSet for the mock's tests.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { SchemaIssue, SchemaSet, SchemaValidator } from '../../../schemas/types.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

export function fixtureValidator(schemas: SchemaSet): SchemaValidator {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const [id, schema] of Object.entries(schemas)) ajv.addSchema({ ...schema, $id: id });
  return {
    has: (schema) => schema in schemas,
    validate(schema, value, prefix = '') {
      const validate = ajv.getSchema(schema)!;
      if (validate(value)) return [];
      return (validate.errors ?? []).map((e): SchemaIssue => ({ pointer: prefix + e.instancePath, keyword: e.keyword, message: e.message ?? e.keyword }));
    },
  };
}
