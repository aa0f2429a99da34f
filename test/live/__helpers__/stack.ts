import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCerts, type TestCerts } from './certs.js';
import { buildForChildren } from './cli.js';
import { CLIENT, SECRET, TENANT } from './env.js';
import { startFakeIdp, type FakeIdp, type FakeIdpOptions } from './fakeIdp.js';

/** What every live end-to-end test starts with: a temp dir, certificates, the identity platform, a build. */
export interface IdpStack {
  dir: string;
  certs: TestCerts;
  idp: FakeIdp;
  /** Environment for children: trusts the test certificate. */
  childEnv: Record<string, string>;
  close(): Promise<void>;
}

/** Starts the fake identity platform for the test tenant (`behaviour` overrides its defaults) and compiles the sources for children. */
export async function startIdpStack(name: string, behaviour: Pick<FakeIdpOptions, 'pendingPolls' | 'expiresIn'> = {}): Promise<IdpStack> {
  const dir = mkdtempSync(join(tmpdir(), `gc-${name}-`));
  const certs = makeCerts(dir);
  const [idp] = await Promise.all([
    startFakeIdp({ cert: certs.serverCert, key: certs.serverKey, tenantId: TENANT, clientId: CLIENT, clientSecret: SECRET, clientCert: certs.clientCert, ...behaviour }),
    buildForChildren(),
  ]);
  return {
    dir, certs, idp, childEnv: { NODE_EXTRA_CA_CERTS: certs.serverCertPath },
    async close() {
      await idp.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
