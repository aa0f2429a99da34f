import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One resource a live run created, to be deleted at the end. */
export interface LedgerEntry {
  /** URL relative to the base URL, as a transport takes it: `/beta/education/.../{id}`. */
  url: string;
  /** The request that created it, `POST /beta/...`, for the leftovers report. */
  createdBy: string;
}

type Line = ({ op: 'created' } & LedgerEntry) | { op: 'deleted'; url: string } | { op: 'unlocated' | 'unlocated-reported'; createdBy: string };

/**
 * Append-only record of created resources, one JSON line per event, written synchronously: it
 * survives SIGINT and crashes, and is shared by every worker process of a run, so whoever cleans
 * up (the run's end, the interrupt handler, the next run) sees everything created so far.
 */
export class Ledger {
  constructor(readonly path: string) {}

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

  /** Unlocated creates not yet reported (see `reportedUnlocated`), in order. */
  unlocatedCreates(): string[] {
    const open: string[] = [];
    for (const line of this.read()) {
      if (line.op === 'unlocated') open.push(line.createdBy);
      else if (line.op === 'unlocated-reported' && open.includes(line.createdBy)) open.splice(open.indexOf(line.createdBy), 1);
    }
    return open;
  }

  /** Marks an unlocated create as reported, so a later cleanup of this ledger does not repeat it. */
  reportedUnlocated(createdBy: string): void {
    this.append({ op: 'unlocated-reported', createdBy });
  }

  /** Created and not yet deleted, newest first (children before the parents they were created under). */
  pending(): LedgerEntry[] {
    const open = new Map<string, LedgerEntry>();
    for (const line of this.read()) {
      if (line.op === 'created') open.set(line.url, { url: line.url, createdBy: line.createdBy });
      else if (line.op === 'deleted') open.delete(line.url);
    }
    return [...open.values()].reverse();
  }

  private append(line: Line): void {
    // Created on first write, so a run that creates nothing (or a dry run) leaves no file.
    mkdirSync(dirname(this.path), { recursive: true });
    appendFileSync(this.path, `${JSON.stringify(line)}\n`);
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
