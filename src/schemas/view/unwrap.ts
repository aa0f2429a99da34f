import type { SchemaSet } from '../types.js';
import { isObject } from '../../util/json.js';
import { locate, viewOf } from './schemaView.js';

/** What unwrapping reads of a contract: its body kind and schema file. */
export interface ExampleOwner {
  response: { body: string; schema?: string };
}

/**
 * The entity a single-entity example shows. Generated Intune pages wrap it as `{"value": {...}}`
 * (the model reports `example-body-wrapped-in-value`); Graph answers the entity itself, and a mock
 * storing the wrapper would list it in its collection as an item whose `value` is an object. The
 * wrapper is kept when the documented type has a `value` property that takes an object, since
 * then the example may well be the entity.
 */
export function unwrapEntityExample(example: unknown, contract: ExampleOwner, schemas: SchemaSet): unknown {
  if (contract.response.body !== 'entity' || !isObject(example) || !isObject(example.value)) return example;
  if (!Object.keys(example).every((k) => k === 'value' || k.includes('@'))) return example;
  const root = locate(schemas, contract.response.schema);
  const property = root ? viewOf(schemas, root).properties.value : undefined;
  if (property) {
    const view = viewOf(schemas, property);
    if (view.types.includes('object') || Object.keys(view.properties).length > 0 || view.types.length === 0) return example;
  }
  return example.value;
}
