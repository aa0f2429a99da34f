import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { CheckContext } from '../../types.js';
import type { SchemaSet } from '../../../schemas/types.js';

/** A minimal `CheckContext.validate` over a schema set, for check tests (no build needed). */
export function validatorFor(schemas: SchemaSet): CheckContext['validate'] {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  return (schema, value, prefix = '') => {
    const validate = ajv.getSchema(schema);
    if (!validate) throw new Error(`unknown schema ${schema}`);
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => ({ message: e.message ?? e.keyword, pointer: prefix + e.instancePath, actual: e.data }));
  };
}
