/**
 * The one place that listens for SIGINT and SIGTERM (Ctrl-C, a CI cancel): runs `handler` once on
 * the first of them. A later signal is ignored (`'ignore'`: the handler's work must not be cut
 * short), left to Node's default, ending the process (`'default'`: a second Ctrl-C stops a run that
 * is slow to stop, unless another listener handles it), or given to `later` itself (a second Ctrl-C
 * during a live run's cleanup lists what is left and exits). Returns a function removing the
 * listeners, for a normal end.
 */
export function onInterrupt(handler: (signal: NodeJS.Signals) => void | Promise<void>, later: 'ignore' | 'default' | ((signal: NodeJS.Signals) => void) = 'ignore'): () => void {
  let fired = false;
  const dispose = () => {
    process.off('SIGINT', listener);
    process.off('SIGTERM', listener);
  };
  function listener(signal: NodeJS.Signals) {
    if (fired) {
      if (typeof later === 'function') later(signal);
      return;
    }
    fired = true;
    if (later === 'default') dispose();
    void handler(signal);
  }
  process.on('SIGINT', listener);
  process.on('SIGTERM', listener);
  return dispose;
}
