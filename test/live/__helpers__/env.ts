import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Ids and secrets of the test tenant; the secret is long and unique so a leak grep cannot miss it. */
export const TENANT = '11111111-2222-3333-4444-555555555555';
export const CLIENT = '99999999-8888-7777-6666-555555555555';
export const SECRET = 'sEcReT~test-0d9f8a7b6c5e4d3c2b1a-client-secret';

/** Writes a dotenv file and returns its path. */
export function writeEnvFile(dir: string, name: string, vars: Record<string, string>): string {
  const path = join(dir, name);
  writeFileSync(path, Object.entries(vars).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
  return path;
}

/** A 127.0.0.1 port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as import('node:net').AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
