// A small collection API (list, create, get, update, delete) with an evolvable enum, to exercise
// the mock's collection semantics beyond the seed pages.
import type { Contract, ContractSet } from '../../../contracts/types.js';
import type { HttpMethod } from '../../../model/types.js';

const KINDS = ['member', 'guest', 'unknownFutureValue', 'partner'];

/** One contract on the users fixture's `user` schema. */
export function contract(id: string, method: HttpMethod, template: string, status: number, body: Contract['response']['body'], example?: unknown, requestBody?: unknown): Contract {
  const page = `api/${id}.md`;
  const pointer = body === 'collection' ? '/value/*/kind' : '/kind';
  return {
    id,
    pageId: id,
    page,
    title: id,
    origin: 'example',
    operation: { method, pathTemplate: template, pathTemplates: [template], version: 'v1.0' },
    request: {
      method,
      path: template.replace(/\{[^}]*\}/g, '{id}'),
      pathParams: template.includes('{') ? ['id'] : [],
      query: {},
      headers: requestBody ? { 'Content-Type': 'application/json' } : {},
      ...(requestBody ? { body: requestBody, schema: 'user.schema.json' } : {}),
      placeholders: [],
    },
    response: {
      status,
      ...(body === 'none' ? {} : { contentType: 'application/json', schema: 'user.schema.json', type: 'user' }),
      body,
      requiredFields: body === 'none' ? [] : body === 'collection' ? [{ pointer: '/value', rule: 'collection' }, { pointer: '/value/*/id', rule: 'key' }] : [{ pointer: '/id', rule: 'key' }],
      enumFields: body === 'none' ? [] : [{ pointer, enum: 'userKind', members: KINDS, evolvableFrom: 2 }],
      example,
      placeholders: [],
      truncated: false,
    },
    permissions: { delegatedWork: [], delegatedPersonal: [], application: [] },
    source: { page: { file: page, line: 1 }, request: { file: page, line: 30 } },
  };
}

const adele = { id: 'a1', displayName: 'Adele', kind: 'partner', createdDateTime: '2021-01-01T00:00:00Z' };

/** `/users` list/create, `/users/{id | userPrincipalName}` get/update/delete. */
export function usersSet(): ContractSet {
  return {
    docs: 'fixture-users',
    contracts: [
      contract('user-list', 'GET', '/users', 200, 'collection', { value: [adele, { id: 'b2', displayName: 'Ben', kind: 'member' }] }),
      contract('user-post', 'POST', '/users', 201, 'entity', { id: 'x', displayName: 'New', kind: 'member' }, { displayName: 'New', kind: 'guest' }),
      contract('user-get', 'GET', '/users/{id | userPrincipalName}', 200, 'entity', adele),
      contract('user-update', 'PATCH', '/users/{id}', 204, 'none', undefined, { displayName: 'Changed' }),
      contract('user-delete', 'DELETE', '/users/{id}', 204, 'none'),
    ],
    schemas: {
      'user.schema.json': {
        $id: 'user.schema.json',
        type: 'object',
        properties: {
          id: { type: 'string' },
          displayName: { type: 'string' },
          kind: { type: 'string', enum: KINDS },
          createdDateTime: { type: 'string', format: 'date-time' },
        },
      },
    },
    diagnostics: [],
  };
}
