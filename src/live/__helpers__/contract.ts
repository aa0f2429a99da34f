import type { Contract } from '../../contracts/types.js';
import type { HttpMethod, Permissions } from '../../model/types.js';

const ref = { file: 'api/x.md', line: 1 };

/** A minimal contract for gate and plan tests. */
export function contract(method: HttpMethod, path: string, permissions: Partial<Permissions> = {}): Contract {
  return {
    id: `x-${method.toLowerCase()}`, pageId: 'x', page: 'api/x.md', title: 'x', origin: 'example',
    operation: { method, pathTemplate: path, pathTemplates: [path], version: 'beta' },
    request: { method, path, pathParams: [], query: {}, headers: {}, placeholders: [] },
    response: { status: 200, body: 'none', requiredFields: [], enumFields: [], placeholders: [], truncated: false },
    permissions: { delegatedWork: ['A.Read'], delegatedPersonal: null, application: ['A.Read.All'], ...permissions },
    source: { page: ref, request: ref },
  };
}
