import { describe, expect, test } from 'vitest';
import { ME_ID, SEED_ID, createMockState, handle, type MockState } from '../index.js';
import { contract } from './__fixtures__/usersSet.js';
import { driveSet } from './__fixtures__/driveSet.js';

// Every documented path that addresses an entity reaches the same stored object.
const json = { authorization: 'Bearer t', 'content-type': 'application/json' };
function client(state: MockState = createMockState(driveSet())) {
  return (method: string, url: string, body?: unknown, headers: Record<string, string> = json) => {
    const res = handle({ method, url, headers, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) }, state);
    return { ...res, json: res.body && res.headers['content-type']?.includes('json') ? (JSON.parse(res.body) as Record<string, unknown>) : undefined };
  };
}

describe('aliases', () => {
  test('/me is the signed-in user: the same object as /users/{its id}, and not the seeded /users/{id}', () => {
    const call = client();
    expect(call('GET', '/v1.0/me').json?.id).toBe(ME_ID);
    expect(call('PATCH', `/v1.0/users/${ME_ID}`, { displayName: 'Renamed me' }).status).toBe(204);
    expect(call('GET', '/v1.0/me').json?.displayName).toBe('Renamed me');
    expect(call('GET', `/v1.0/users/${SEED_ID}`).json?.displayName).not.toBe('Renamed me');
  });

  test('/users/{userPrincipalName} finds the user by its sign-in name', () => {
    const call = client();
    const made = call('POST', '/v1.0/users', { displayName: 'Upn', userPrincipalName: 'upn@contoso.com', kind: 'member' });
    expect(call('GET', '/v1.0/users/UPN@contoso.com').json?.id).toBe(made.json?.id);
  });

  test('an id stored under one path is reached under another (/me/drive is /drives/{its id})', () => {
    const call = client();
    expect(call('GET', '/v1.0/me/drive').json?.id).toBe('drive-1');
    expect(call('GET', '/v1.0/drives/drive-1').json?.name).toBe('OneDrive');
  });

  test('OData key syntax and path addressing reach the same item as its id', () => {
    const call = client();
    const rootId = call('GET', '/v1.0/me/drive/root').json?.id as string;
    const put = call('PUT', `/v1.0/me/drive/items/${rootId}:/docs/a.txt:/content`, 'hello', { ...json, 'content-type': 'text/plain' });
    // The status the page documents for the upload (this fixture's page says 200).
    expect(put.status).toBe(200);
    const id = put.json?.id as string;
    expect(call('GET', `/v1.0/me/drive/items('${id}')`).json?.name).toBe('a.txt');
    expect(call('GET', '/v1.0/me/drive/root:/docs/a.txt').json?.id).toBe(id);
    expect(call('GET', '/v1.0/me/drive/root:/DOCS/A.TXT').json?.id).toBe(id);
    expect(call('GET', '/v1.0/me/drive/root:/docs/missing.txt').status).toBe(404);
  });

  test('$ref adds a reference: the member listed is the stored user; DELETE …/$ref removes only the reference', () => {
    const call = client();
    const user = call('POST', '/v1.0/users', { displayName: 'Member', kind: 'member' }).json!;
    expect(call('POST', `/v1.0/groups/${SEED_ID}/members/$ref`, { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${String(user.id)}` }).status).toBe(204);
    call('PATCH', `/v1.0/users/${String(user.id)}`, { displayName: 'Member (renamed)' });
    const members = call('GET', `/v1.0/groups/${SEED_ID}/members`).json?.value as { id: string; displayName: string }[];
    expect(members.find((m) => m.id === user.id)?.displayName).toBe('Member (renamed)');
    expect(call('DELETE', `/v1.0/groups/${SEED_ID}/members/${String(user.id)}/$ref`).status).toBe(204);
    expect((call('GET', `/v1.0/groups/${SEED_ID}/members`).json?.value as { id: string }[]).map((m) => m.id)).not.toContain(user.id);
    expect(call('GET', `/v1.0/users/${String(user.id)}`).status).toBe(200);
    expect(call('POST', `/v1.0/groups/${SEED_ID}/members/$ref`, { '@odata.id': 'https://graph.microsoft.com/v1.0/directoryObjects/nobody' }).status).toBe(400);
  });

  test("the page's own $ref example naming a template is answered as documented and records no dangling reference", () => {
    const call = client();
    const members = call('GET', `/v1.0/groups/${SEED_ID}/members`).json?.value as unknown[];
    const manager = call('GET', `/v1.0/users/${SEED_ID}/manager`);
    expect(manager.status).toBe(200);
    expect(call('POST', `/v1.0/groups/${SEED_ID}/members/$ref`, { '@odata.id': 'https://graph.microsoft.com/v1.0/directoryObjects/{id}' }).status).toBe(204);
    expect(call('PUT', `/v1.0/users/${SEED_ID}/manager/$ref`, { '@odata.id': 'https://graph.microsoft.com/v1.0/users/{id}' }).status).toBe(204);
    expect(call('GET', `/v1.0/groups/${SEED_ID}/members`).json?.value).toEqual(members);
    const after = call('GET', `/v1.0/users/${SEED_ID}/manager`);
    expect(after.status).toBe(200);
    expect(after.json?.id).toBe(manager.json?.id);
  });
});

describe('DELETE …/$ref?$id= removes the one reference it names', () => {
  // As api/group-delete-acceptedsenders.md documents it: the collection's `$ref` with the member's URL in `$id`.
  const set = driveSet();
  const byId = contract('group-delete-acceptedsenders', 'DELETE', '/groups/{id}/acceptedSenders/$ref', 204, 'none');
  byId.request = { ...byId.request, query: { $id: 'https://graph.microsoft.com/v1.0/users/{user-id}' } };
  const add = contract('group-post-acceptedsenders', 'POST', '/groups/{id}/acceptedSenders/$ref', 204, 'none', undefined, { '@odata.id': 'https://graph.microsoft.com/v1.0/users/{id}' });
  const list = contract('group-list-acceptedsenders', 'GET', '/groups/{id}/acceptedSenders', 200, 'collection', { value: [] });
  const state = createMockState({ ...set, contracts: [...set.contracts, byId, add, list] });
  const call = client(state);
  const senders = () => (call('GET', `/v1.0/groups/${SEED_ID}/acceptedSenders`).json?.value as { id: string }[]).map((s) => s.id);
  const url = (id: string) => `/v1.0/groups/${SEED_ID}/acceptedSenders/$ref?$id=${encodeURIComponent(`https://graph.microsoft.com/v1.0/users/${id}`)}`;

  test('each reference goes alone; one that is not there is 404, unless it is the page’s own template', () => {
    const ids = ['First', 'Second'].map((name) => String(call('POST', '/v1.0/users', { displayName: name, kind: 'member' }).json!.id));
    for (const id of ids) expect(call('POST', `/v1.0/groups/${SEED_ID}/acceptedSenders/$ref`, { '@odata.id': `https://graph.microsoft.com/v1.0/users/${id}` }).status).toBe(204);
    expect(senders()).toEqual(expect.arrayContaining(ids));
    expect(call('DELETE', url(ids[0]!)).status).toBe(204);
    expect(senders()).not.toContain(ids[0]);
    expect(senders()).toContain(ids[1]);
    expect(call('DELETE', url(ids[0]!)).status).toBe(404);
    expect(call('DELETE', url(ids[1]!)).status).toBe(204);
    expect(call('GET', `/v1.0/users/${ids[0]!}`).status).toBe(200);
    expect(call('DELETE', url('{user-id}')).status).toBe(204);
  });
});

test("another page's example on the same path is a documented example too (an @odata.id naming the page's own sample object)", () => {
  const set = driveSet();
  const post = set.contracts.find((c) => c.id === 'group-post-members')!;
  const sample = { '@odata.id': 'https://graph.microsoft.com/v1.0/directoryObjects/2c891f12-928d-4da2-8d83-7d2434a0d8dc' };
  const call = client(createMockState({ ...set, contracts: [...set.contracts, { ...post, id: 'group-post-members~2', request: { ...post.request, body: sample } }] }));
  const members = call('GET', `/v1.0/groups/${SEED_ID}/members`).json?.value;
  expect(call('POST', `/v1.0/groups/${SEED_ID}/members/$ref`, sample).status).toBe(204);
  expect(call('GET', `/v1.0/groups/${SEED_ID}/members`).json?.value).toEqual(members);
  expect(call('POST', `/v1.0/groups/${SEED_ID}/members/$ref`, { '@odata.id': 'https://graph.microsoft.com/v1.0/directoryObjects/2c891f12-0000' }).status).toBe(400);
});

describe('$ref cleared by an empty body', () => {
  const clearing = () => {
    const set = driveSet();
    const put = set.contracts.find((c) => c.id === 'user-post-manager')!;
    return { ...set, contracts: [...set.contracts, { ...put, id: 'user-post-manager~2', request: { ...put.request, body: {} } }] };
  };

  test('where a page of the path documents `{}`, PUT …/$ref with it removes the reference and nothing else', () => {
    const call = client(createMockState(clearing()));
    const boss = call('POST', '/v1.0/users', { displayName: 'Boss', kind: 'member' }).json!;
    expect(call('PUT', `/v1.0/users/${SEED_ID}/manager/$ref`, { '@odata.id': `https://graph.microsoft.com/v1.0/users/${String(boss.id)}` }).status).toBe(204);
    expect(call('GET', `/v1.0/users/${SEED_ID}/manager`).json?.id).toBe(boss.id);
    expect(call('PUT', `/v1.0/users/${SEED_ID}/manager/$ref`, {}).status).toBe(204);
    expect(call('GET', `/v1.0/users/${SEED_ID}/manager`).json?.id).not.toBe(boss.id);
    expect(call('GET', `/v1.0/users/${String(boss.id)}`).status).toBe(200);
  });

  test('where no page documents it, `{}` names no object: 400', () => {
    const call = client();
    expect(call('PUT', `/v1.0/users/${SEED_ID}/manager/$ref`, {}).status).toBe(400);
  });
});

describe('file content', () => {
  test('PUT …/content stores the bytes and the size; GET …/content is a 302 to a URL the mock serves without a token', () => {
    const state = createMockState(driveSet());
    const call = client(state);
    const rootId = call('GET', '/v1.0/me/drive/root').json?.id as string;
    const bytes = Buffer.alloc(5 * 1024 * 1024, 7);
    const put = handle({ method: 'PUT', url: `/v1.0/me/drive/items/${rootId}:/big.bin:/content`, headers: { ...json, 'content-type': 'application/octet-stream' }, bytes }, state);
    const item = JSON.parse(put.body) as { id: string; size: number; file: { mimeType: string } };
    expect(item.size).toBe(bytes.length);
    const redirect = call('GET', `/v1.0/me/drive/items/${item.id}/content`);
    expect(redirect.status).toBe(302);
    const location = new URL(redirect.headers.location!);
    const download = handle({ method: 'GET', url: location.pathname, headers: {} }, state);
    expect(download.status).toBe(200);
    expect(download.bytes?.equals(bytes)).toBe(true);
    expect(download.headers['content-type']).toBe('application/octet-stream');
  });

  test('an upload session takes chunks in order and creates the item with the last one', () => {
    const state = createMockState(driveSet());
    const call = client(state);
    const session = call('POST', '/v1.0/me/drive/root:/up/movie.mp4:/createUploadSession', { item: {} }).json as { uploadUrl: string; nextExpectedRanges: string[] };
    expect(session.nextExpectedRanges).toEqual(['0-']);
    const path = new URL(session.uploadUrl).pathname;
    const chunk = (from: number, to: number, total: number) => handle({ method: 'PUT', url: path, headers: { 'content-range': `bytes ${from}-${to}/${total}` }, bytes: Buffer.alloc(to - from + 1, from % 256) }, state);
    expect(chunk(0, 9, 30).status).toBe(202);
    expect(chunk(20, 29, 30).status).toBe(416);
    expect(chunk(10, 19, 30).status).toBe(202);
    const done = chunk(20, 29, 30);
    expect(done.status).toBe(201);
    expect((JSON.parse(done.body) as { size: number }).size).toBe(30);
    expect(call('GET', '/v1.0/me/drive/root:/up/movie.mp4').json?.size).toBe(30);
  });

  test('$value answers bytes: what was uploaded, else a placeholder picture of the documented type', () => {
    const state = createMockState(driveSet());
    const before = handle({ method: 'GET', url: '/v1.0/me/photo/$value', headers: json }, state);
    expect(before.status).toBe(200);
    expect(before.headers['content-type']).toBe('image/jpeg');
    expect(before.bytes?.length).toBeGreaterThan(0);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    expect(handle({ method: 'PUT', url: '/v1.0/me/photo/$value', headers: { ...json, 'content-type': 'image/jpeg' }, bytes: jpeg }, state).status).toBe(200);
    expect(handle({ method: 'GET', url: '/v1.0/me/photo/$value', headers: json }, state).bytes?.equals(jpeg)).toBe(true);
  });
});
