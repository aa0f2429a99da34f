import type { ApiModel, EnumType, Example, Operation, Property, Resource } from '../../../model/types.js';
import { isObject } from '../../../util/json.js';

/** Resources by lower-cased name: doc pages spell type names with varying case. */
export function resourceIndex(model: ApiModel): Map<string, Resource> {
  return new Map(Object.values(model.resources).map((r) => [r.name.toLowerCase(), r]));
}

/** `#microsoft.graph.user` / `microsoft.graph.user` / `user` → `user` (lower-cased). */
export function simpleTypeName(name: string): string {
  return name.replace(/^#/, '').replace(/^microsoft\.graph\./i, '').toLowerCase();
}

/** Own and inherited properties by name; entities always have `id` (from `entity`). */
export function documentedProperties(resource: Resource, index: Map<string, Resource>): Map<string, Property> {
  const props = new Map<string, Property>();
  const seen = new Set<string>();
  for (let r: Resource | undefined = resource; r && !seen.has(r.name); r = r.baseType ? index.get(simpleTypeName(r.baseType)) : undefined) {
    seen.add(r.name);
    for (const p of r.properties) if (!props.has(p.name)) props.set(p.name, p);
  }
  return props;
}

/** The resource an example response body claims to be: its `@odata.type` annotation, else the documented response type. */
function responseResource(op: Operation, example: Example, index: Map<string, Resource>): Resource | undefined {
  const named = example.response?.odataType ?? op.responseType?.name;
  return named ? index.get(simpleTypeName(named)) : undefined;
}

/** The objects of a response body that are instances of the type: the body, or each item of `value`. */
function bodyObjects(body: unknown, collection: boolean): { value: Record<string, unknown>; pointer: string }[] {
  if (!isObject(body)) return [];
  const items = body['value'];
  if ((collection || Array.isArray(items)) && Array.isArray(items)) {
    return items.flatMap((v, i) => (isObject(v) ? [{ value: v, pointer: `/value/${i}` }] : []));
  }
  return [{ value: body, pointer: '' }];
}

/** Enums by lower-cased name. */
export function enumIndex(model: ApiModel): Map<string, EnumType> {
  return new Map(Object.values(model.enums).map((e) => [e.name.toLowerCase(), e]));
}

/** Keys that are OData control information (`@odata.context`, `prop@odata.type`), not properties. */
export function isControlKey(key: string): boolean {
  return key.includes('@');
}

/** Pointer segment naming an example: its annotation `name`, else its position on the page. */
export function exampleKey(op: Operation, example: Example): string {
  return example.request.name ?? `example-${op.examples.indexOf(example) + 1}`;
}

/** An example response whose body is an instance of a documented resource. */
export interface TypedResponse {
  op: Operation;
  example: Example;
  response: NonNullable<Example['response']>;
  resource: Resource;
  /** The body, or each item of a collection's `value`, with its pointer in the body. */
  objects: { value: Record<string, unknown>; pointer: string }[];
}

/** Every example response of the model whose type resolves to a resource page. */
export function typedResponses(model: ApiModel, index: Map<string, Resource>): TypedResponse[] {
  return model.operations.flatMap((op) =>
    op.examples.flatMap((example) => {
      const response = example.response;
      const resource = response && responseResource(op, example, index);
      if (!response || !resource) return [];
      return [{ op, example, response, resource, objects: bodyObjects(response.body, op.responseType?.collection ?? false) }];
    }),
  );
}
