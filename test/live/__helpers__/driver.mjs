/* global console, process, setInterval */
// Stand-in for `graph-contracts run --target live` in the live path's own end-to-end tests: drives
// the compiled live session (sign-in, write gate, recording transport, cleanup, interrupt) over a
// list of contracts, the way the run command does, and prints one line per request.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    'env-file': { type: 'string' }, 'allow-writes': { type: 'boolean' }, hang: { type: 'boolean' }, build: { type: 'string' },
    // {id} is the id the last create returned (fake Graph); without it, the mock's seeded ids.
    chain: { type: 'boolean' },
  },
});
const live = await import(`${values.build}/dist/live/index.js`);
const { redactHeaders } = await import(`${values.build}/dist/redact/index.js`);
const { requestFor } = await import(`${values.build}/dist/mock/index.js`);
const contracts = JSON.parse(readFileSync(positionals[0], 'utf8'));

try {
  const session = await live.startLiveSession({
    envFile: values['env-file'], allowWrites: values['allow-writes'], contracts,
    prompt: (m) => console.error(m), log: (l) => console.log(l), onInterrupted: () => process.exit(130),
  });
  let lastId = '';
  for (const c of contracts) {
    const seeded = requestFor(c);
    const url = values.chain ? `/${c.operation.version}${c.request.path.replace('{id}', lastId)}` : seeded.url;
    const decision = session.target.decide(c);
    if (decision.action === 'skip') {
      console.log(`skip ${c.request.method} ${url}: ${decision.reason}`);
      continue;
    }
    const request = { ...seeded, url, headers: { 'content-type': 'application/json', ...seeded.headers } };
    const res = await session.target.transport.send(request);
    if (res.status === 201) lastId = res.json.id;
    console.log(`${res.status} ${c.request.method} ${url} request-id=${res.headers['request-id']} client-request-id=${res.headers['client-request-id']}`);
    console.log(`  sent ${JSON.stringify(redactHeaders({ ...request.headers, authorization: 'Bearer will-be-redacted' }))}`);
    if (values.hang && res.status === 201) {
      console.log('waiting for interrupt');
      await new Promise(() => setInterval(() => {}, 1000));
    }
  }
  await session.finish();
} catch (err) {
  console.error(`graph-contracts: ${err.message} [${err.code ?? 'INTERNAL'}]`);
  process.exitCode = 2;
}
