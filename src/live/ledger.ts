import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { redact } from '../redact/index.js';

/** One resource a live run created, to be deleted at the end. */
export interface LedgerEntry {
  /** URL relative to the base URL, as a transport takes it: `/beta/education/.../{id}`. */
  url: string;
  /** The request that created it, `POST /beta/...`, for the leftovers report. */
  createdBy: string;
}

/** Whose ledger it is: a cleanup touches only ledgers of its own tenant and Graph base URL. */
export interface LedgerHeader {
  runId: string;
  /** `AZURE_TENANT_ID` of the run. */
  tenantId: string;
  /** `GRAPH_BASE_URL` of the run: `https://graph.microsoft.com`. */
  graphBaseUrl: string;
  /** The run marker creates carry in a documented string property (see `marker.ts`). */
  marker: string;
  startedAt: string;
}

/** Where a create's resource is, if the create happened; written before the request leaves. */
export interface CreateIntent {
  /** A POST on a collection: the resource is an item of it, found again by its marker. */
  collection?: string;
  /** A PUT or a POST on a single-valued navigation property: the resource is at this URL. */
  at?: string;
  /** The property that carries the run marker, and its value as sent. */
  marker?: { field: string; value: string };
}

/** A write about to be sent: recorded (and flushed) before it leaves, answered after. */
export interface Intent {
  id: string;
  method: string;
  /** Path of the request, without query. */
  url: string;
  /** Epoch ms. */
  at: number;
  /** Set for creates. */
  create?: CreateIntent;
}

type Line =
  | ({ op: 'run' } & LedgerHeader)
  | ({ op: 'intent' } & Intent)
  | { op: 'answered'; id: string; status: number }
  | { op: 'unknown'; id: string; reason: string }
  | { op: 'resolved'; id: string; found: string[] }
  | ({ op: 'created' } & LedgerEntry)
  | { op: 'deleted'; url: string }
  | { op: 'unlocated' | 'unlocated-reported'; createdBy: string }
  | { op: 'stopped' };

/** What a ledger file says, read once per change of the file. */
interface State {
  header?: LedgerHeader;
  pending: Map<string, LedgerEntry>;
  /** Every URL a create of the run made, deleted or not: writes may go there. */
  created: Set<string>;
  /** Intents not answered and not resolved, in order. */
  open: Map<string, Intent>;
  /** Ids among `open` that ended without an outcome (no answer, or a 5xx): no longer in flight. */
  ended: Set<string>;
  unlocated: string[];
  stopped: boolean;
}

/**
 * Append-only record of a live run's writes, one JSON line per event, written synchronously and
 * flushed to disk (fsync) before the request it announces leaves the process: it survives SIGINT,
 * SIGKILL and crashes, and is shared by every worker of a run through its file, so whoever cleans
 * up (the run's end, the interrupt handler, `graph-contracts cleanup`) sees everything so far.
 * Its first line names the run's tenant, Graph host and marker (`LedgerHeader`).
 */
export class Ledger {
  private cache: { size: number; state: State } | undefined;

  /** `header`: written before the first line, by whichever writer comes first (a run's own ledger). */
  constructor(readonly path: string, private readonly header?: LedgerHeader) {}

  /** Records a write before it is sent. */
  intent(intent: Intent): void {
    this.append({ op: 'intent', ...intent });
  }

  /** Records the answer to an intent: its outcome is known (what it created is recorded apart). */
  answered(id: string, status: number): void {
    this.append({ op: 'answered', id, status });
  }

  /** Records that a write ended without telling its outcome (a timeout, a reset, a 5xx). */
  unknown(id: string, reason: string): void {
    this.append({ op: 'unknown', id, reason });
  }

  /** Records that an unknown-outcome create was looked for: `found` are the URLs recorded as created. */
  resolved(id: string, found: string[]): void {
    this.append({ op: 'resolved', id, found });
  }

  /** Records a created resource. */
  created(entry: LedgerEntry): void {
    this.append({ op: 'created', ...entry });
  }

  /** Records that a resource is gone (deleted by cleanup or by a DELETE contract). */
  deleted(url: string): void {
    this.append({ op: 'deleted', url });
  }

  /** Records a create that was accepted (202) without saying where its resource is. */
  unlocated(createdBy: string): void {
    this.append({ op: 'unlocated', createdBy });
  }

  /** Marks an unlocated create as reported, so a later cleanup of this ledger does not repeat it. */
  reportedUnlocated(createdBy: string): void {
    this.append({ op: 'unlocated-reported', createdBy });
  }

  /** Records that the run was interrupted: from now on no worker sends anything. */
  stop(): void {
    this.append({ op: 'stopped' });
  }

  /** Whether the run was interrupted (see `stop`). */
  stopped(): boolean {
    return this.state().stopped;
  }

  /** The run this ledger belongs to; undefined for a ledger that names none. */
  runHeader(): LedgerHeader | undefined {
    return this.state().header ?? this.header;
  }

  /** Unlocated creates not yet reported (see `reportedUnlocated`), in order. */
  unlocatedCreates(): string[] {
    return [...this.state().unlocated];
  }

  /** Created and not yet deleted, newest first (children before the parents they were created under). */
  pending(): LedgerEntry[] {
    return [...this.state().pending.values()].reverse();
  }

  /** Every URL the run created a resource at (deleted since or not). */
  createdUrls(): ReadonlySet<string> {
    return this.state().created;
  }

  /** Writes sent whose answer never came (or did not settle the outcome), oldest first. */
  openIntents(): Intent[] {
    return [...this.state().open.values()];
  }

  /** Writes sent that have not ended yet: in flight in some process of the run (or in one that was killed). */
  inFlight(): Intent[] {
    const { open, ended } = this.state();
    return [...open.values()].filter((i) => !ended.has(i.id));
  }

  /** Creates among `openIntents`: each may have made a resource nobody recorded. */
  unknownCreates(): Intent[] {
    return this.openIntents().filter((i) => i.create);
  }

  private append(line: Line): void {
    // Created on first write, so a run that writes nothing (or a dry run) leaves no file.
    mkdirSync(dirname(this.path), { recursive: true });
    const fresh = this.header && this.size() === 0 ? `${JSON.stringify({ op: 'run', ...this.header })}\n` : '';
    const fd = openSync(this.path, 'a', 0o600);
    try {
      // Redacted as any stored text: a URL a tenant answered with could hold a secret.
      writeSync(fd, `${fresh}${redact(JSON.stringify(line))}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  private size(): number {
    try {
      return statSync(this.path).size;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw err;
    }
  }

  /** The file's state, re-read only when it grew (every writer appends). */
  private state(): State {
    const size = this.size();
    if (this.cache?.size === size) return this.cache.state;
    const state = replay(this.read());
    this.cache = { size, state };
    return state;
  }

  private read(): Line[] {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    // A line cut short by a kill mid-write is dropped; every complete line still counts.
    return text.split('\n').flatMap((l) => {
      try {
        return l ? [JSON.parse(l) as Line] : [];
      } catch {
        return [];
      }
    });
  }
}

function replay(lines: Line[]): State {
  const state: State = { pending: new Map(), created: new Set(), open: new Map(), ended: new Set(), unlocated: [], stopped: false };
  for (const line of lines) {
    switch (line.op) {
      case 'run': {
        const { op: _op, ...header } = line;
        state.header ??= header;
        break;
      }
      case 'intent': {
        const { op: _op, ...intent } = line;
        state.open.set(intent.id, intent);
        break;
      }
      case 'answered':
      case 'resolved':
        state.open.delete(line.id);
        break;
      case 'unknown':
        state.ended.add(line.id);
        break;
      case 'created':
        state.pending.set(line.url, { url: line.url, createdBy: line.createdBy });
        state.created.add(line.url);
        break;
      case 'deleted':
        state.pending.delete(line.url);
        break;
      case 'unlocated':
        state.unlocated.push(line.createdBy);
        break;
      case 'unlocated-reported':
        if (state.unlocated.includes(line.createdBy)) state.unlocated.splice(state.unlocated.indexOf(line.createdBy), 1);
        break;
      case 'stopped':
        state.stopped = true;
        break;
    }
  }
  return state;
}
