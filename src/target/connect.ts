import { openLiveTarget } from '../live/target.js';
import { createHttpTransport } from '../transport/http.js';
import type { Transport } from '../transport/types.js';
import type { TargetDescription } from './types.js';

/**
 * The transport of a described target, for a suite worker: plain HTTP, or the live tenant
 * reopened from its settings (auth of any flow, the write guard, the run's ledger and marker).
 * Every live request goes through the same guard and ledger, whatever signs it.
 */
export function connectTarget(description: TargetDescription): Transport {
  const live = description.live;
  // The description's headers go on each request (`requestFor`), discovery's included.
  if (!live) return createHttpTransport({ kind: description.kind, baseUrl: description.baseUrl, timeoutMs: description.timeoutMs });
  const regexps = (sources: string[]) => sources.map((s) => new RegExp(s, 'i'));
  return openLiveTarget({
    envFile: live.envFile,
    cwd: live.cwd,
    allowWrites: live.allowWrites,
    expectDenied: live.expectDenied,
    ledgerPath: live.ledgerPath,
    runId: live.runId,
    disposable: live.disposable,
    matchers: {
      singleValued: regexps(live.creates.singleValued),
      asyncCreates: regexps(live.creates.asyncCreates),
      collections: regexps(live.creates.collections),
      puts: regexps(live.creates.puts),
    },
  }).transport;
}
