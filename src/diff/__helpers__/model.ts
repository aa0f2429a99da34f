import type { ApiModel, EnumType, Operation, Property, Resource } from '../../model/types.js';

const src = { file: 'x.md', line: 1 };

/** A property with defaults for tests. */
export const prop = (name: string, type = 'Edm.String', extra: Partial<Property> = {}): Property => ({
  name, type: { name: type, collection: false }, description: '', nullable: true, readOnly: false, navigation: false, source: src, ...extra,
});

/** An operation with defaults for tests. */
export const op = (method: Operation['method'], template: string, extra: Partial<Operation> = {}): Operation => ({
  id: `${method}-${template}`, page: `api/${method}${template.replace(/\W/g, '')}.md`, title: '', method,
  paths: [{ template, params: [], source: src }], successStatus: 200, requestProperties: [], noContent: false,
  permissions: { delegatedWork: [], delegatedPersonal: [], application: [] }, requestHeaders: [], examples: [], source: src, ...extra,
});

/** A model from parts, for tests. */
export function model(parts: { operations?: readonly Operation[]; resources?: readonly Resource[]; enums?: readonly EnumType[] }): ApiModel {
  return {
    operations: [...(parts.operations ?? [])],
    resources: Object.fromEntries((parts.resources ?? []).map((r) => [r.name, r])),
    enums: Object.fromEntries((parts.enums ?? []).map((e) => [e.name, e])),
    diagnostics: [],
  };
}

/** A resource with defaults for tests. */
export const resource = (name: string, properties: Property[]): Resource => ({ name, kind: 'entity', openType: false, properties, source: src });

/** An enum for tests; `evolvableFrom` follows `unknownFutureValue`. */
export const enumOf = (name: string, members: string[]): EnumType => {
  const i = members.indexOf('unknownFutureValue');
  return { name, members, ...(i >= 0 ? { evolvableFrom: i } : {}), source: src };
};
