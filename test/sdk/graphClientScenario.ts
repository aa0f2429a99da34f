// What an SDK team's test does against the mock tenant, with Microsoft's own graph-client v3:
// run as a separate process, trusting the mock's certificate through NODE_EXTRA_CA_CERTS as the
// README says. Prints one JSON line per step: {"step", "ok", "detail"}; the test reads them.
import { strict as assert } from 'node:assert';
import { BatchRequestContent, BatchResponseContent, Client, GraphError, PageIterator } from '@microsoft/microsoft-graph-client';

const base = process.env.GRAPH_MOCK_URL!;
const throttledBase = process.env.GRAPH_MOCK_THROTTLED_URL!;
const hostOf = (url: string) => new URL(url).hostname;

/** A client as an SDK user writes it: any token (the mock accepts it), the mock as a custom host. */
function clientFor(url: string): Client {
  return Client.init({ authProvider: (done) => done(null, 'sdk-test-token'), baseUrl: `${url}/`, customHosts: new Set([hostOf(url)]), defaultVersion: 'v1.0' });
}

const client = clientFor(base);
type Json = Record<string, unknown>;

async function notFound(path: string): Promise<GraphError> {
  try {
    await client.api(path).get();
  } catch (err) {
    assert.ok(err instanceof GraphError, `expected a GraphError, got ${String(err)}`);
    return err;
  }
  throw new Error(`GET ${path} succeeded; expected 404`);
}

/** Create, read back, update, read back, delete, then 404. */
async function crud(collection: string, body: Json, change: Json): Promise<string> {
  const created = (await client.api(collection).post(body)) as Json;
  const id = created.id as string;
  assert.match(id, /\S/);
  const read = (await client.api(`${collection}/${id}`).get()) as Json;
  for (const [k, v] of Object.entries(body)) if (typeof v !== 'object') assert.deepEqual(read[k], v, `read-back ${k}`);
  await client.api(`${collection}/${id}`).patch(change);
  const updated = (await client.api(`${collection}/${id}`).get()) as Json;
  for (const [k, v] of Object.entries(change)) assert.deepEqual(updated[k], v, `updated ${k}`);
  await client.api(`${collection}/${id}`).delete();
  const gone = await notFound(`${collection}/${id}`);
  assert.equal(gone.statusCode, 404);
  return `${collection}/${id}: created, read back, updated, deleted`;
}

const steps: [string, () => Promise<string>][] = [
  [
    'user CRUD',
    () =>
      crud(
        '/users',
        { accountEnabled: true, displayName: 'Ada SDK', mailNickname: 'ada', userPrincipalName: 'ada@contoso.com', passwordProfile: { forceChangePasswordNextSignIn: true, password: 'x' } },
        { jobTitle: 'Engineer', displayName: 'Ada Lovelace' },
      ),
  ],
  ['group CRUD', () => crud('/groups', { displayName: 'SDK group', mailEnabled: false, mailNickname: 'sdkgroup', securityEnabled: true, description: 'made by the SDK test' }, { description: 'changed' })],
  ['event CRUD', () => crud('/me/events', { subject: 'SDK sync', start: { dateTime: '2021-07-01T10:00:00', timeZone: 'UTC' }, end: { dateTime: '2021-07-01T11:00:00', timeZone: 'UTC' } }, { subject: 'SDK sync (moved)' })],
  ['message CRUD', () => crud('/me/messages', { subject: 'Hello from the SDK', body: { contentType: 'text', content: 'hi' }, toRecipients: [{ emailAddress: { address: 'ada@contoso.com' } }] }, { subject: 'Re: hello' })],
  [
    'PageIterator over 3+ pages',
    async () => {
      for (let i = 0; i < 7; i++) await client.api('/users').post({ accountEnabled: true, displayName: `pager-${i}`, mailNickname: `pager${i}`, userPrincipalName: `pager${i}@contoso.com`, passwordProfile: { password: 'x' } });
      const path = "/users?$filter=startswith(displayName,'pager-')&$top=2";
      const seen: string[] = [];
      const iterator = new PageIterator(client, (await client.api(path).get()) as never, (user: Json) => {
        seen.push(user.displayName as string);
        return true;
      });
      await iterator.iterate();
      assert.deepEqual([...seen].sort(), [0, 1, 2, 3, 4, 5, 6].map((i) => `pager-${i}`));
      let pages = 1;
      for (let page = (await client.api(path).get()) as Json; page['@odata.nextLink']; pages++) page = (await client.api(page['@odata.nextLink'] as string).get()) as Json;
      assert.ok(pages >= 3, `${pages} pages`);
      return `${seen.length} users over ${pages} pages`;
    },
  ],
  [
    '$select',
    async () => {
      const page = (await client.api('/users').filter("displayName eq 'pager-3'").select('displayName').get()) as { value: Json[]; '@odata.context': string };
      assert.equal(page.value.length, 1);
      assert.deepEqual(Object.keys(page.value[0]!).filter((k) => !k.startsWith('@')).sort(), ['displayName', 'id']);
      assert.match(page['@odata.context'], /users\(displayName\)$/);
      return page['@odata.context'];
    },
  ],
  [
    '$filter',
    async () => {
      const page = (await client.api('/users').filter("startswith(displayName,'pager-') and displayName ne 'pager-0'").top(100).get()) as { value: Json[] };
      assert.equal(page.value.length, 6);
      return `${page.value.length} users`;
    },
  ],
  [
    '$orderby',
    async () => {
      const page = (await client.api('/users').filter("startswith(displayName,'pager-')").orderby('displayName desc').top(100).get()) as { value: Json[] };
      const names = page.value.map((u) => u.displayName as string);
      assert.deepEqual(names, [...names].sort().reverse());
      return names.join(',');
    },
  ],
  [
    '$count',
    async () => {
      const page = (await client.api('/users').header('ConsistencyLevel', 'eventual').filter("startswith(displayName,'pager-')").count(true).get()) as { '@odata.count': number };
      assert.equal(page['@odata.count'], 7);
      const text = (await client.api('/users/$count').header('ConsistencyLevel', 'eventual').filter("startswith(displayName,'pager-')").get()) as unknown;
      assert.equal(Number(text), 7);
      return `@odata.count=${page['@odata.count']}, /$count=${String(text)}`;
    },
  ],
  [
    'batch of 3 with dependsOn',
    async () => {
      const url = (path: string) => `${base}/v1.0${path}`;
      const json = { 'Content-Type': 'application/json' };
      const batch = new BatchRequestContent([
        { id: '1', request: new Request(url('/groups'), { method: 'POST', headers: json, body: JSON.stringify({ displayName: 'batched', mailEnabled: false, mailNickname: 'batched', securityEnabled: true }) }) },
        { id: '2', request: new Request(url("/groups?$filter=displayName eq 'batched'"), { method: 'GET' }), dependsOn: ['1'] },
        { id: '3', request: new Request(url('/me'), { method: 'GET' }), dependsOn: ['2'] },
      ]);
      const response = new BatchResponseContent((await client.api('/$batch').post(await batch.getContent())) as never);
      const statuses = ['1', '2', '3'].map((id) => response.getResponseById(id).status);
      assert.deepEqual(statuses, [201, 200, 200]);
      const listed = (await response.getResponseById('2').json()) as { value: Json[] };
      assert.equal(listed.value.length, 1);
      return `statuses ${statuses.join(',')}`;
    },
  ],
  [
    'upload then download',
    async () => {
      const root = (await client.api('/me/drive/root').get()) as Json;
      const bytes = Buffer.from('hello from the SDK test\n'.repeat(1000));
      const item = (await client.api(`/me/drive/items/${root.id as string}:/sdk-hello.txt:/content`).header('Content-Type', 'text/plain').put(bytes)) as Json;
      assert.equal(item.size, bytes.length);
      const stream = (await client.api(`/me/drive/items/${item.id as string}/content`).getStream()) as ReadableStream<Uint8Array>;
      const downloaded = Buffer.from(await new Response(stream).arrayBuffer());
      assert.ok(downloaded.equals(bytes), 'downloaded bytes equal the upload');
      const byPath = (await client.api('/me/drive/root:/sdk-hello.txt').get()) as Json;
      assert.equal(byPath.id, item.id);
      return `${downloaded.length} bytes round-tripped`;
    },
  ],
  [
    'throttled request retried',
    async () => {
      const started = Date.now();
      const me = (await clientFor(throttledBase).api('/me').get()) as Json;
      const waited = Date.now() - started;
      assert.ok(me.id, 'answered after the retry');
      assert.ok(waited >= 900, `waited ${waited} ms; Retry-After says 1 s`);
      return `answered after ${waited} ms`;
    },
  ],
  [
    '404 as GraphError',
    async () => {
      const err = await notFound('/users/00000000-0000-0000-0000-000000000000');
      assert.equal(err.statusCode, 404);
      assert.equal(err.code, 'ResourceNotFound');
      assert.ok(err.requestId, 'request id');
      return `${err.statusCode} ${err.code}`;
    },
  ],
];

for (const [step, run] of steps) {
  try {
    console.log(JSON.stringify({ step, ok: true, detail: await run() }));
  } catch (err) {
    console.log(JSON.stringify({ step, ok: false, detail: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : JSON.stringify(err) }));
  }
}
