import { join, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { makeDirs } from '../util/makeDirs.js';
import type { RunResult } from '../results/types.js';
import { REPORT_FILES } from './formats.js';
import type { ReportOptions } from './types.js';

/** What `writeReports` did: files written (absolute paths) and files it could not write, with why. */
export interface WrittenReports {
  written: string[];
  failed: { file: string; message: string }[];
}

/**
 * Writes results.json, junit.xml and index.html into `dir` (created if missing). The only
 * place reports touch disk. Doc links follow `run.docLinks`, unless `options.docsBaseUrl` says
 * otherwise (then results.json records that base, so a re-render links the same way).
 *
 * Each file is written atomically (temp file + rename), so a reader never sees half a report
 * and an earlier report survives until the new one is complete. It is synchronous and never
 * throws: a file that cannot be rendered or written is listed in `failed` and the others are
 * still written. That makes it safe on every exit path of a run, including a SIGINT/SIGTERM
 * handler (call it with the cases that finished and `complete: false`, then exit) and
 * `process.on('exit')`, where asynchronous work no longer runs.
 */
export function writeReports(run: RunResult, dir: string, options: ReportOptions = {}): WrittenReports {
  const out: WrittenReports = { written: [], failed: [] };
  const root = resolve(dir);
  try {
    makeDirs(root);
  } catch (err) {
    return { written: [], failed: REPORT_FILES.map(({ file }) => ({ file: join(root, file), message: messageOf(err) })) };
  }
  const linked: RunResult = options.docsBaseUrl ? { ...run, docLinks: { kind: 'url', base: options.docsBaseUrl } } : run;
  for (const { file, format } of REPORT_FILES) {
    const path = join(root, file);
    try {
      writeFileAtomic.sync(path, format(linked, options), { encoding: 'utf8' });
      out.written.push(path);
    } catch (err) {
      out.failed.push({ file: path, message: messageOf(err) });
    }
  }
  return out;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
