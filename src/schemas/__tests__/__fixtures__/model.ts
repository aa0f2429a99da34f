import type { ApiModel, EnumType, Example, Operation, Property, Resource, TypeRef } from '../../../model/types.js';

/** Small builders for hand-made ApiModels in table-driven tests. */
export const src = (file: string, line = 1) => ({ file, line });

export function t(name: string, collection = false): TypeRef {
  return { name, collection };
}

export function prop(name: string, type: TypeRef | string, extra: Partial<Property> = {}): Property {
  return {
    name,
    type: typeof type === 'string' ? t(type) : type,
    description: '',
    nullable: true,
    readOnly: false,
    navigation: false,
    source: src('resources/x.md', 10),
    ...extra,
  };
}

export function resource(name: string, properties: Property[], extra: Partial<Resource> = {}): Resource {
  return { name, kind: 'complex', openType: false, properties, source: src(`resources/${name.toLowerCase()}.md`, 1), ...extra };
}

export function enumType(name: string, members: string[]): EnumType {
  const i = members.indexOf('unknownFutureValue');
  return { name, members, ...(i >= 0 ? { evolvableFrom: i } : {}), source: src(`resources/${name.toLowerCase()}.md`, 1) };
}

export function operation(id: string, extra: Partial<Operation> = {}): Operation {
  return {
    id,
    page: `api/${id}.md`,
    title: id,
    method: 'GET',
    paths: [],
    requestProperties: [],
    noContent: false,
    permissions: { delegatedWork: [], delegatedPersonal: [], application: [] },
    requestHeaders: [],
    examples: [],
    source: src(`api/${id}.md`, 1),
    ...extra,
  };
}

export function model(parts: { resources?: Resource[]; enums?: EnumType[]; operations?: Operation[] }): ApiModel {
  return {
    resources: Object.fromEntries((parts.resources ?? []).map((r) => [r.name, r])),
    enums: Object.fromEntries((parts.enums ?? []).map((e) => [e.name, e])),
    operations: parts.operations ?? [],
    diagnostics: [],
  };
}

/** An example request/response pair; `url` is a full Graph URL. */
export function example(method: Operation['method'], url: string, opts: { body?: unknown; status?: number; response?: unknown; truncated?: boolean; odataType?: string; line?: number } = {}): Example {
  const u = new URL(url.replace(/[{}]/g, (c) => (c === '{' ? '%7B' : '%7D')));
  const [, version = '', ...rest] = decodeURIComponent(u.pathname).split('/');
  const line = opts.line ?? 20;
  return {
    request: {
      method,
      url,
      version,
      path: `/${rest.join('/')}`,
      query: Object.fromEntries(u.searchParams),
      headers: { Authorization: 'Bearer x', 'Content-Type': 'application/json' },
      ...(opts.body !== undefined ? { body: opts.body } : {}),
      source: src('api/x.md', line),
    },
    ...(opts.status !== undefined
      ? {
          response: {
            status: opts.status,
            truncated: opts.truncated ?? false,
            headers: opts.response !== undefined ? { 'Content-Type': 'application/json' } : {},
            ...(opts.response !== undefined ? { body: opts.response } : {}),
            ...(opts.odataType ? { odataType: opts.odataType } : {}),
            source: src('api/x.md', line + 10),
          },
        }
      : {}),
  };
}
