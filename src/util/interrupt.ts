/**
 * The one place that listens for SIGINT and SIGTERM (Ctrl-C, a CI cancel): runs `handler` once on
 * the first of them. A later signal is ignored while the handler works (`'ignore'`: cleanup must
 * not be cut short), or left to Node's default, ending the process (`'default'`: a second Ctrl-C
 * stops a run that is slow to stop). Returns a function removing the listeners, for a normal end.
 */
export function onInterrupt(handler: (signal: NodeJS.Signals) => void | Promise<void>, later: 'ignore' | 'default' = 'ignore'): () => void {
  let fired = false;
  const dispose = () => {
    process.off('SIGINT', listener);
    process.off('SIGTERM', listener);
  };
  function listener(signal: NodeJS.Signals) {
    if (fired) return;
    fired = true;
    if (later === 'default') dispose();
    void handler(signal);
  }
  process.on('SIGINT', listener);
  process.on('SIGTERM', listener);
  return dispose;
}
