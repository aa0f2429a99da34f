import { readFileSync } from 'node:fs';
import { registerSecret } from '../redact/index.js';
import type { Env } from './envFile.js';

/** Settings that hold a credential, whichever sign-in flow the settings choose. */
const SECRET_SETTINGS = ['AZURE_CLIENT_SECRET', 'GRAPH_ACCESS_TOKEN', 'AZURE_CLIENT_CERTIFICATE_PASSWORD', 'AZURE_PASSWORD'];

/**
 * Fills the secrets registry from the settings, before anything can print them: every credential
 * setting that is set (a client secret stays secret when `GRAPH_ACCESS_TOKEN` is the flow used)
 * and the private key of `AZURE_CLIENT_CERTIFICATE_PATH`. Tokens join later, as they are acquired.
 */
export function registerSettingSecrets(env: Env): void {
  for (const name of SECRET_SETTINGS) {
    const value = env[name];
    if (!value) continue;
    registerSecret(value);
    registerSecret(value.trim());
  }
  const certificate = env.AZURE_CLIENT_CERTIFICATE_PATH?.trim();
  if (!certificate) return;
  try {
    registerPrivateKeys(readFileSync(certificate, 'utf8'));
  } catch {
    // Unreadable: parsing the settings reports it; there is no key to register.
  }
}

/**
 * Registers the private keys of a PEM text: each whole block, its base64 body on one line, and
 * each of its lines (a key printed or echoed anywhere shows up as whole lines).
 */
export function registerPrivateKeys(pem: string): void {
  for (const block of pem.match(/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g) ?? []) {
    registerSecret(block);
    const lines = block.split(/\r?\n/).filter((l) => l && !l.startsWith('-----') && !l.includes(':'));
    registerSecret(lines.join(''));
    for (const line of lines) registerSecret(line);
  }
}
