import { createRequire } from 'node:module';
import type { Ajv2020 as Ajv2020Class, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type ajvFormats from 'ajv-formats';
import { NAVIGATION_KEYWORD, PROSE_ENUM_KEYWORD } from './names.js';
import type { SchemaSet } from './types.js';

// ajv and ajv-formats are CommonJS, loaded with `require` on the first compile rather than imported:
// loading them takes 0.15-0.3 s, which a mock started from the build cache (whose examples are
// already repaired) would otherwise pay before answering anything. ajv-formats' `module.exports`
// is the plugin itself, while its type declarations describe it as `{ default: plugin }`.
const require = createRequire(import.meta.url);
let ajvModule: { Ajv2020: typeof Ajv2020Class; addFormats: typeof ajvFormats.default } | undefined;
const loadAjv = () =>
  (ajvModule ??= {
    Ajv2020: (require('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020Class }).Ajv2020,
    addFormats: require('ajv-formats') as typeof ajvFormats.default,
  });

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
  const { Ajv2020, addFormats } = loadAjv();
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, code: { optimize: false } });
  addFormats(ajv);
  // Our vendor keywords: annotations, they validate nothing (strict mode refuses unknown keywords).
  ajv.addKeyword({ keyword: PROSE_ENUM_KEYWORD, schemaType: 'object' });
  ajv.addKeyword({ keyword: NAVIGATION_KEYWORD, schemaType: 'boolean' });
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
