// Drive, photo, signed-in user and group membership pages, on the users fixture's schema, to
// exercise addressing (aliases, path addressing, `$ref`) and file content.
import type { ContractSet } from '../../../contracts/types.js';
import { contract, usersSet } from './usersSet.js';

const root = { id: 'root-1', name: 'root', folder: { childCount: 0 } };

/** The users fixture plus `/me`, drives, items, content, upload sessions, photos, `$ref` members and a `$ref` manager. */
export function driveSet(): ContractSet {
  const base = usersSet();
  const withPath = (c: ReturnType<typeof contract>, ...templates: string[]) => ({ ...c, operation: { ...c.operation, pathTemplates: [c.operation.pathTemplate, ...templates] } });
  const text = (c: ReturnType<typeof contract>, contentType: string) => ({ ...c, response: { ...c.response, contentType, body: 'unknown' as const, schema: undefined, type: undefined, requiredFields: [], enumFields: [] } });
  return {
    ...base,
    contracts: [
      ...base.contracts,
      withPath(contract('user-get-me', 'GET', '/me', 200, 'entity', { id: 'me', displayName: 'Me' })),
      withPath(contract('drive-get', 'GET', '/me/drive', 200, 'entity', { id: 'drive-1', name: 'OneDrive' }), '/users/{id}/drive'),
      contract('drives-get', 'GET', '/drives/{id}', 200, 'entity', { id: 'drive-x' }),
      withPath(contract('driveitem-get-root', 'GET', '/me/drive/root', 200, 'entity', root), '/drives/{id}/root'),
      withPath(contract('driveitem-get', 'GET', '/drives/{id}/items/{id}', 200, 'entity', { id: 'item', name: 'x' }), '/me/drive/items/{id}', '/me/drive/root:/{path}'),
      withPath(contract('driveitem-list-children', 'GET', '/drives/{id}/items/{id}/children', 200, 'collection', { value: [] }), '/me/drive/root/children', '/me/drive/items/{id}/children'),
      withPath(contract('driveitem-put-content', 'PUT', '/drives/{id}/items/{id}/content', 200, 'entity', { id: 'f', name: 'f.txt', size: 1 }), '/me/drive/items/{id}/content'),
      withPath({ ...text(contract('driveitem-get-content', 'GET', '/drives/{id}/items/{id}/content', 302, 'none'), 'application/octet-stream'), response: { ...contract('x', 'GET', '/x', 302, 'none').response } }, '/me/drive/items/{id}/content', '/me/drive/root:/{path}:/content'),
      withPath(contract('driveitem-createuploadsession', 'POST', '/me/drive/root:/{path}:/createUploadSession', 200, 'entity', { uploadUrl: 'x' })),
      text(contract('profilephoto-get', 'GET', '/me/photo/$value', 200, 'unknown'), 'image/jpeg'),
      { ...text(contract('profilephoto-update', 'PUT', '/me/photo/$value', 200, 'none'), 'image/jpeg'), response: { ...contract('y', 'PUT', '/y', 200, 'none').response } },
      contract('group-list-members', 'GET', '/groups/{id}/members', 200, 'collection', { value: [] }),
      contract('group-post-members', 'POST', '/groups/{id}/members/$ref', 204, 'none', undefined, { '@odata.id': 'https://graph.microsoft.com/v1.0/directoryObjects/{id}' }),
      contract('group-delete-members', 'DELETE', '/groups/{id}/members/{id}/$ref', 204, 'none'),
      contract('user-get-manager', 'GET', '/users/{id}/manager', 200, 'entity', { id: 'manager-1', displayName: 'Manager' }),
      contract('user-post-manager', 'PUT', '/users/{id}/manager/$ref', 204, 'none', undefined, { '@odata.id': 'https://graph.microsoft.com/v1.0/users/{id}' }),
    ],
  };
}
