import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ICachePlugin } from '@azure/msal-node';

/**
 * msal cache plugin persisting the token cache to one file, so a device code sign-in lasts across
 * runs. The file holds refresh tokens: it is created with mode 0600 and written atomically.
 */
export function fileCachePlugin(path: string): ICachePlugin {
  return {
    async beforeCacheAccess(context) {
      try {
        context.tokenCache.deserialize(readFileSync(path, 'utf8'));
      } catch (err) {
        // No file yet is the normal first run; anything else would silently re-prompt, so surface it.
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    },
    async afterCacheAccess(context) {
      if (!context.cacheHasChanged) return;
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, context.tokenCache.serialize(), { mode: 0o600 });
      renameSync(tmp, path);
      chmodSync(path, 0o600);
    },
  };
}
