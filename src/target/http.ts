import type { TargetDescription } from './types.js';

/** A plain HTTP target (no live session): for a server the caller runs, e.g. a stand-in in tests or benchmarks. */
export function httpTarget(baseUrl: string, more: Partial<Omit<TargetDescription, 'baseUrl' | 'live'>> = {}): TargetDescription {
  return { kind: 'mock', headers: {}, skips: {}, expectDenied: [], ...more, baseUrl };
}
