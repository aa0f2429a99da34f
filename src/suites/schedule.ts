/**
 * Starts `run` for every item ahead of the tests that await it: phase by phase (a phase starts
 * when the previous one has settled, so creates finish before reads and deletes come last), at
 * most `limit` at a time within a phase, in the given order. Returns each item's promise.
 */
export function schedule<T, R>(items: readonly T[], phaseOf: (item: T) => number, limit: number, run: (item: T) => Promise<R>): Map<T, Promise<R>> {
  const results = new Map<T, Promise<R>>();
  const starters = new Map<T, () => void>();
  for (const item of items) {
    results.set(item, new Promise<R>((resolve) => starters.set(item, () => resolve(run(item)))));
  }
  const phases = [...new Set(items.map(phaseOf))].sort((a, b) => a - b);
  void (async () => {
    for (const phase of phases) {
      const queue = items.filter((item) => phaseOf(item) === phase);
      const worker = async (): Promise<void> => {
        for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
          (starters.get(item) as () => void)();
          await (results.get(item) as Promise<R>).catch(() => undefined);
        }
      };
      await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, worker));
    }
  })();
  return results;
}
