import { BroadcastChannel } from 'node:worker_threads';
import type { SecretRegistry } from './registry.js';

/** Name of the in-process channel the threads of a run share their secrets on. */
const CHANNEL = 'graph-contracts:secrets';

interface Message {
  secrets: string[];
  /** A thread that just joined: the others answer with what they know. */
  hello?: boolean;
}

let channel: BroadcastChannel | undefined;

/**
 * Makes `registry` one registry for every thread of this process that calls this: the runner and
 * its suite worker threads. A token a worker acquires or refreshes is then known to the runner,
 * which prints and reports what workers send it. The channel never leaves the process (Node's
 * `BroadcastChannel` between worker threads); it does not keep the process alive.
 */
export function shareSecretsAcrossThreads(registry: SecretRegistry): void {
  if (channel) return;
  const shared = new BroadcastChannel(CHANNEL);
  channel = shared;
  shared.unref();
  let receiving = false;
  shared.onmessage = (event) => {
    const message = (event as { data: Message }).data;
    receiving = true;
    try {
      for (const value of message.secrets) registry.add(value);
    } finally {
      receiving = false;
    }
    if (message.hello) shared.postMessage({ secrets: registry.values() } satisfies Message);
  };
  registry.onAdd((value) => {
    if (!receiving) shared.postMessage({ secrets: [value] } satisfies Message);
  });
  shared.postMessage({ secrets: registry.values(), hello: true } satisfies Message);
}
