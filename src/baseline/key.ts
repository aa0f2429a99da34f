import type { BaselineEntry, Finding } from './types.js';

/** The identity of a finding or entry: kind, rule, target and pointer (never the message). */
export function findingKey(f: Pick<Finding | BaselineEntry, 'kind' | 'rule' | 'target' | 'pointer'>): string {
  return JSON.stringify([f.kind, f.rule, f.target, f.pointer]);
}

/** Orders findings and entries by kind, target, rule, pointer: the order of every baseline file. */
export function compareByKey(
  a: Pick<Finding, 'kind' | 'rule' | 'target' | 'pointer'>,
  b: Pick<Finding, 'kind' | 'rule' | 'target' | 'pointer'>,
): number {
  for (const k of ['kind', 'target', 'rule', 'pointer'] as const) {
    if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  }
  return 0;
}
