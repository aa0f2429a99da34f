import { X509Certificate, createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { registerPrivateKeys } from '../config/secrets.js';
import { ConfigError } from '../errors.js';

/** What msal needs for certificate credentials. */
export interface ClientCertificate {
  thumbprintSha256: string;
  /** PKCS#8 PEM: msal signs with it whatever the file's key format was (PKCS#1 `RSA PRIVATE KEY` too). */
  privateKey: string;
}

/** Reads a PEM file holding a certificate and its private key (Azure Identity's format). */
export function readClientCertificate(path: string): ClientCertificate {
  const setting = 'AZURE_CLIENT_CERTIFICATE_PATH';
  const pem = readFileSync(path, 'utf8');
  const certBlock = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  try {
    const cert = new X509Certificate(certBlock ?? '');
    const key = createPrivateKey(pem);
    if (!cert.checkPrivateKey(key)) throw new Error('the private key does not belong to the certificate');
    const privateKey = key.export({ type: 'pkcs8', format: 'pem' }).toString();
    registerPrivateKeys(pem);
    registerPrivateKeys(privateKey);
    return { thumbprintSha256: cert.fingerprint256.replace(/:/g, '').toLowerCase(), privateKey };
  } catch (err) {
    throw new ConfigError(setting, `${setting}: ${path} is not a usable certificate + private key PEM (${(err as Error).message})`, { cause: err });
  }
}
