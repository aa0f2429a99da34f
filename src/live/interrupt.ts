/**
 * Runs `handler` once on the first SIGINT or SIGTERM (a second signal is left to the handler's own
 * exit). Returns a function removing the listeners, for when the run ends normally.
 */
export function onInterrupt(handler: (signal: NodeJS.Signals) => void | Promise<void>): () => void {
  let fired = false;
  const listener = (signal: NodeJS.Signals) => {
    if (fired) return;
    fired = true;
    void handler(signal);
  };
  process.on('SIGINT', listener);
  process.on('SIGTERM', listener);
  return () => {
    process.off('SIGINT', listener);
    process.off('SIGTERM', listener);
  };
}
