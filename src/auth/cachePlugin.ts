import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ICachePlugin } from '@azure/msal-node';
import { registerSecret } from '../redact/index.js';

/**
 * msal cache plugin persisting the token cache to one file, so a device code sign-in lasts across
 * runs. The file holds refresh tokens: it is created with mode 0600 and written atomically. Every
 * token in it (refresh, access and id tokens), read or written, joins the secrets registry.
 */
export function fileCachePlugin(path: string): ICachePlugin {
  return {
    async beforeCacheAccess(context) {
      try {
        const text = readFileSync(path, 'utf8');
        registerCachedTokens(text);
        context.tokenCache.deserialize(text);
      } catch (err) {
        // No file yet is the normal first run; anything else would silently re-prompt, so surface it.
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    },
    async afterCacheAccess(context) {
      if (!context.cacheHasChanged) return;
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      const text = context.tokenCache.serialize();
      registerCachedTokens(text);
      writeFileSync(tmp, text, { mode: 0o600 });
      renameSync(tmp, path);
      chmodSync(path, 0o600);
    },
  };
}

/** Registers the `secret` of every entry of a serialised msal cache (`{RefreshToken: {key: {secret}}, ...}`). */
export function registerCachedTokens(serialized: string): void {
  let cache: unknown;
  try {
    cache = JSON.parse(serialized);
  } catch {
    return;
  }
  for (const section of Object.values((cache ?? {}) as Record<string, unknown>)) {
    for (const entry of Object.values((section ?? {}) as Record<string, unknown>)) {
      const secret = (entry as { secret?: unknown } | null)?.secret;
      if (typeof secret === 'string') registerSecret(secret);
    }
  }
}
