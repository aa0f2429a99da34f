import { join, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { makeDirs } from '../util/makeDirs.js';
import type { RunResult } from '../results/types.js';
import { REPORT_FILES } from './formats.js';
import { localDocsUrl } from './localDocsUrl.js';
import type { ReportOptions } from './types.js';

/** What `writeReports` did: files written (absolute paths) and files it could not write, with why. */
export interface WrittenReports {
  written: string[];
  failed: { file: string; message: string }[];
}

/**
 * Writes results.json, junit.xml and index.html into `dir` (created if missing). The only
 * place reports touch disk. Doc links point into `run.docs` when it is a local folder, unless
 * `options.docsBaseUrl` says otherwise.
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
  const withLinks = { ...options, docsBaseUrl: options.docsBaseUrl ?? localDocsUrl(run.docs) };
  for (const { file, format } of REPORT_FILES) {
    const path = join(root, file);
    try {
      writeFileAtomic.sync(path, format(run, withLinks), { encoding: 'utf8' });
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
