import { ConfigError } from '../errors.js';
import type { Transport } from '../transport/types.js';
import { writeBlocked, type RunPolicy } from './gate.js';

/**
 * Refuses, before anything leaves the process, a write the run's policy does not allow. The
 * per-contract gate (`decide`) skips such contracts; this catches requests no contract decided
 * on (parameter discovery's creates and deletes, helpers), so a read-only run stays read-only.
 */
export function writeGuard(inner: Transport, policy: RunPolicy): Transport {
  return {
    kind: inner.kind,
    baseUrl: inner.baseUrl,
    close: inner.close?.bind(inner),
    send(request) {
      const blocked = writeBlocked(request.method, policy);
      if (blocked) return Promise.reject(new ConfigError('--allow-writes', `refused to send ${request.method.toUpperCase()} ${request.url.split('?')[0]}: ${blocked}`));
      return inner.send(request);
    },
  };
}
