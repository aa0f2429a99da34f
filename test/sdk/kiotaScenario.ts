// A smoke test with the Kiota-based SDK (@microsoft/msgraph-sdk) against the mock tenant, run as
// its own process with NODE_EXTRA_CA_CERTS as the README says. One JSON line per step.
import { strict as assert } from 'node:assert';
import { AllowedHostsValidator, BaseBearerTokenAuthenticationProvider } from '@microsoft/kiota-abstractions';
import { createGraphServiceClient, GraphRequestAdapter } from '@microsoft/msgraph-sdk';
import '@microsoft/msgraph-sdk-users';

const base = process.env.GRAPH_MOCK_URL!;
const host = new URL(base).host;
const tokens = {
  getAuthorizationToken: async () => 'kiota-test-token',
  getAllowedHostsValidator: () => new AllowedHostsValidator(new Set([host])),
};
const adapter = new GraphRequestAdapter(new BaseBearerTokenAuthenticationProvider(tokens));
adapter.baseUrl = `${base}/v1.0`;
const graph = createGraphServiceClient(adapter);

const steps: [string, () => Promise<string>][] = [
  [
    'user create and read back',
    async () => {
      const created = await graph.users.post({ accountEnabled: true, displayName: 'Kiota user', mailNickname: 'kiota', userPrincipalName: 'kiota@contoso.com', passwordProfile: { password: 'x' } });
      assert.ok(created?.id);
      const read = await graph.users.byUserId(created.id).get();
      assert.equal(read?.displayName, 'Kiota user');
      return created.id;
    },
  ],
  [
    'list with $filter and $select',
    async () => {
      const page = await graph.users.get({ queryParameters: { filter: "displayName eq 'Kiota user'", select: ['displayName'] } });
      assert.equal(page?.value?.length, 1);
      assert.equal(page?.value?.[0]?.displayName, 'Kiota user');
      return `${page?.value?.length} user`;
    },
  ],
  [
    'update and delete',
    async () => {
      const [user] = (await graph.users.get({ queryParameters: { filter: "displayName eq 'Kiota user'" } }))?.value ?? [];
      await graph.users.byUserId(user!.id!).patch({ jobTitle: 'Kiota tester' });
      assert.equal((await graph.users.byUserId(user!.id!).get())?.jobTitle, 'Kiota tester');
      await graph.users.byUserId(user!.id!).delete();
      await assert.rejects(graph.users.byUserId(user!.id!).get(), (err: { responseStatusCode?: number }) => err.responseStatusCode === 404);
      return 'patched, deleted, 404';
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
