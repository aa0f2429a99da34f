import { ConfigError, RunInterruptedError, WriteRefusedError } from '../errors.js';
import type { HttpRequest, Transport } from '../transport/types.js';
import { classify, type RequestKind } from './classify.js';
import type { CreateMatchers } from './created.js';
import { writeBlocked, type RunPolicy } from './gate.js';
import type { Ledger } from './ledger.js';
import { mayWrite, notOwnedReason, type Disposable } from './targets.js';

/** What the guard judges a request by. */
export interface GuardRules {
  policy: RunPolicy;
  matchers: CreateMatchers;
  /** The run's ledger: what the run created, and whether it was interrupted. */
  ledger: Ledger;
  disposable: Disposable;
}

/**
 * Refuses, before anything leaves the process, what the run may not send, whoever sends it
 * (a contract, parameter discovery, a helper): anything once the run is interrupted; any request
 * but a plain GET in a read-only run (a method-override header counts as the method it names);
 * writes to a tenant outside GRAPH_WRITE_TENANTS; and writes other than creates to a resource the
 * run did not create and the fixtures do not mark disposable. A `$batch` is judged per inner request.
 */
export function writeGuard(inner: Transport, rules: GuardRules): Transport {
  return {
    kind: inner.kind,
    baseUrl: inner.baseUrl,
    close: inner.close?.bind(inner),
    send(request) {
      try {
        check(request, rules);
      } catch (err) {
        return Promise.reject(err);
      }
      return inner.send(request);
    },
  };
}

function check(request: HttpRequest, rules: GuardRules): void {
  const path = request.url.split('?')[0];
  if (rules.ledger.stopped()) throw new RunInterruptedError(`the run was interrupted: ${request.method.toUpperCase()} ${path} not sent`);
  const kind = classify(request, rules.matchers);
  if (kind.kind === 'read') return;
  const blocked = writeBlocked(request, rules.policy);
  if (blocked) throw new ConfigError('--allow-writes', `refused to send ${request.method.toUpperCase()} ${path}: ${blocked}`);
  const refusal = refusalOf(kind, rules);
  if (refusal) throw new WriteRefusedError(`refused to send ${request.method.toUpperCase()} ${path}: ${refusal}`);
}

function refusalOf(kind: RequestKind, rules: GuardRules): string | undefined {
  switch (kind.kind) {
    case 'read':
    case 'create':
      return undefined;
    case 'unreadable':
      return `the $batch cannot be judged per request: ${kind.reason}`;
    case 'write':
      return mayWrite(kind.target, rules.ledger.createdUrls(), rules.disposable) ? undefined : notOwnedReason(kind.method, kind.target);
    case 'batch':
      for (const item of kind.requests) {
        const innerKind = classify(item.request, rules.matchers);
        const refusal = innerKind.kind === 'batch' ? 'a $batch inside a $batch' : refusalOf(innerKind, rules);
        if (refusal) return `inner request ${item.id}: ${refusal}`;
      }
      return undefined;
  }
}
