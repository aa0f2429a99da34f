import type { Contract } from '../contracts/types.js';
import type { SchemaSet, SchemaValidator } from '../schemas/types.js';
import { setAt } from '../util/jsonPointer.js';
import { isObject } from '../util/json.js';
import { sample } from '../schemas/view/sample.js';
import { locate, schemaAt, type Located } from '../schemas/view/schemaView.js';
import { fillRequired } from './required.js';
import { runtimeTypeOf } from './runtimeType.js';
import { SEED_ID } from './types.js';
import { unwrapEntityExample } from '../schemas/view/unwrap.js';

/** What building bodies needs: the schemas and, when available, a validator to repair with. */
export interface BodyDeps {
  schemas: SchemaSet;
  validator?: SchemaValidator;
}

type Entity = Record<string, unknown>;


/** Deep copy of a JSON value. */
export const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/**
 * The entities a contract's documented response shows: the example body (or each `value` item
 * of a collection), else a sample built from the schema; annotations the mock computes itself
 * (`@odata.context`, paging links) removed; required fields filled; values that fail the schema
 * replaced by valid ones so the clean mock never answers with a doc placeholder.
 */
export function exampleEntities(contract: Contract, deps: BodyDeps): Entity[] {
  return exampleItems(contract, deps).filter(isObject);
}

/** Like {@link exampleEntities}, keeping primitive collection items (`{"value": ["a", "b"]}`). */
export function exampleItems(contract: Contract, deps: BodyDeps): unknown[] {
  const { response } = contract;
  const root = locate(deps.schemas, response.schema);
  const example = clone(unwrapEntityExample(response.example, contract, deps.schemas));
  let items: unknown[];
  if (response.body === 'collection') items = isObject(example) && Array.isArray(example.value) ? example.value : [];
  else if (isObject(example)) items = [example];
  else if (response.body === 'entity' && root) items = [sample(deps.schemas, root)];
  else items = [];
  return items.map((item, i) => (isObject(item) ? complete(item, contract, root, deps, response.body === 'collection' ? `${SEED_ID}-${i}` : SEED_ID) : item));
}

/**
 * Fills required fields (a missing key gets `key`) and repairs invalid values of one entity
 * against the response schema.
 */
export function complete(entity: Entity, contract: Contract, root: Located | undefined, deps: BodyDeps, key: string): Entity {
  for (const name of ['@odata.context', '@odata.nextLink', '@odata.count', '@odata.deltaLink']) delete entity[name];
  fillRequired(entity, contract, deps, () => key);
  // An entity naming a derived or related type is repaired as that type, as the checks judge it.
  const runtime = root ? runtimeTypeOf(deps.schemas, entity, root.doc) : undefined;
  const as = runtime ? locate(deps.schemas, runtime) : root;
  return as ? repair(entity, as, deps) : entity;
}

const REPAIRABLE = new Set(['type', 'format', 'enum', 'const', 'pattern']);

function repair(entity: Entity, root: Located, deps: BodyDeps): Entity {
  const schemaFile = root.doc;
  if (!deps.validator?.has(schemaFile)) return entity;
  for (let round = 0; round < 3; round++) {
    const issues = deps.validator.validate(schemaFile, entity).filter((i) => REPAIRABLE.has(i.keyword) && i.pointer !== '');
    if (issues.length === 0) break;
    for (const issue of issues) {
      const at = schemaAt(deps.schemas, root, issue.pointer);
      if (at) setAt(entity, issue.pointer, sample(deps.schemas, at));
    }
  }
  return entity;
}
