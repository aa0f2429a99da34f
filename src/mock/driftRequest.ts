import { DRIFTS, type DriftDefinition, type DriftMode } from './drift.js';

/** The server's drift settings, as {@link createMockState} resolved them. */
export interface DriftSettings {
  drift?: DriftMode;
  /** Only the first `times` requests to each method and path drift. */
  driftTimes?: number;
  /** Requests seen per method and path, for `driftTimes`. */
  driftCounters: Map<string, number>;
}

/**
 * The drift this request gets: the server's mode, unless `driftTimes` is set and this method and
 * path already drifted that often (so a client's retry of a throttled request succeeds). Never
 * read from the request: a client cannot choose how the mock misbehaves.
 */
export function driftFor(settings: DriftSettings, requestKey: string): DriftDefinition | undefined {
  const { drift, driftTimes, driftCounters } = settings;
  if (!drift) return undefined;
  if (driftTimes !== undefined) {
    const seen = driftCounters.get(requestKey) ?? 0;
    driftCounters.set(requestKey, seen + 1);
    if (seen >= driftTimes) return undefined;
  }
  return DRIFTS[drift] as DriftDefinition;
}
