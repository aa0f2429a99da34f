import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Files of the certificates made for one test run. */
export interface TestCerts {
  /** Server certificate for 127.0.0.1 (trusted by children through NODE_EXTRA_CA_CERTS). */
  serverCert: string;
  serverKey: string;
  serverCertPath: string;
  /** Client certificate + private key in one PEM (AZURE_CLIENT_CERTIFICATE_PATH format). */
  clientPemPath: string;
  /** The client certificate alone, for verifying client assertions. */
  clientCert: string;
}

function selfSigned(dir: string, name: string, subject: string, extra: string[]): { cert: string; key: string } {
  const keyPath = join(dir, `${name}.key.pem`);
  const certPath = join(dir, `${name}.cert.pem`);
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '1', '-keyout', keyPath, '-out', certPath, '-subj', subject, ...extra], { stdio: 'pipe' });
  return { cert: readFileSync(certPath, 'utf8'), key: readFileSync(keyPath, 'utf8') };
}

/** Makes a server certificate for 127.0.0.1 and a client certificate with openssl, in `dir`. */
export function makeCerts(dir: string): TestCerts {
  const server = selfSigned(dir, 'server', '/CN=localhost', ['-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1']);
  const client = selfSigned(dir, 'client', '/CN=graph-contracts-test-client', []);
  const clientPemPath = join(dir, 'client.pem');
  writeFileSync(clientPemPath, client.cert + client.key);
  return { serverCert: server.cert, serverKey: server.key, serverCertPath: join(dir, 'server.cert.pem'), clientPemPath, clientCert: client.cert };
}
