import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { PROSE_ENUM_KEYWORD } from './names.js';
import type { SchemaSet } from './types.js';

// ajv-formats is CommonJS: under NodeNext the default import is `module.exports`, which is the
// plugin itself at run time, while its type declarations describe it as `{ default: plugin }`.
const addFormats = ajvFormats as unknown as typeof ajvFormats.default;

/** A compiled schema set: one ajv instance holding every schema, validators compiled on demand. */
export interface CompiledSet {
  /** The compiled validator of one schema file; compiled on first use, then cached by ajv. */
  validator(file: string): ValidateFunction;
}

/** Validation failures as ajv reports them (only `toIssues` looks inside). */
export type AjvErrors = ErrorObject[];

/**
 * The 2020-12 ajv instance of a schema set (created on first use, then reused). Every schema is added up front (cheap: nothing is
 * compiled), so `$ref`s between files resolve by `$id`; `allErrors` so that one response reports
 * every wrong field, not only the first.
 */
export function compileSet(schemas: SchemaSet): CompiledSet {
  let compiled = compiledSets.get(schemas);
  if (!compiled) compiledSets.set(schemas, (compiled = newCompiledSet(schemas)));
  return compiled;
}

/** One instance per schema set object, so validators and `compileAll` share compiled code. */
const compiledSets = new WeakMap<SchemaSet, CompiledSet>();

function newCompiledSet(schemas: SchemaSet): CompiledSet {
  // Fully strict (types and tuples too): generated schemas use only standard keywords, so anything
  // ajv's strict mode rejects is a generator bug we want to see. Type unions are allowed because
  // nullable properties are `type: [T, "null"]` by design.
  // `optimize: false` skips ajv's code-optimisation passes: compiling the ~3,000 schemas of the
  // full reference takes ~40% less time, and validation speed is not what a run waits on.
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, code: { optimize: false } });
  addFormats(ajv);
  // Our one vendor keyword: an annotation, it validates nothing (strict mode refuses unknown keywords).
  ajv.addKeyword({ keyword: PROSE_ENUM_KEYWORD, schemaType: 'object' });
  for (const [file, schema] of Object.entries(schemas)) ajv.addSchema(schema, file);
  const cache = new Map<string, ValidateFunction>();
  return {
    validator(file) {
      let fn = cache.get(file);
      if (!fn) {
        fn = ajv.getSchema(file);
        if (!fn) throw new Error(`schema ${file} is not in the schema set`);
        cache.set(file, fn);
      }
      return fn;
    },
  };
}
