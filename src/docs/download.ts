import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocsNotFoundError, DocsTooLargeError } from '../errors.js';
import { megabytes } from '../util/megabytes.js';

/** True for a `--docs` value that names a download rather than a path. */
export function isDocsUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** Options of `downloadDocs`. */
export interface DownloadOptions {
  /** Bytes the download may have; a larger one is refused (by its Content-Length, else as it arrives). */
  maxBytes: number;
  /** Receives a line about the download now and then (size so far, share of the whole, rate). @default none */
  progress?: (line: string) => void;
  /** A download that sends nothing for this long is given up. @default 60 s */
  idleMs?: number;
  /** How often a progress line is sent at most. @default 2 s */
  everyMs?: number;
}

/** A downloaded archive in a temporary folder; `dispose` removes it. */
export interface Downloaded {
  path: string;
  dispose(): Promise<void>;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i;

/**
 * Downloads the docs archive at `url` (the docs repository's `.tar.gz`, e.g.
 * `https://github.com/microsoftgraph/microsoft-graph-docs-contrib/archive/refs/heads/main.tar.gz`)
 * into a temporary file, with progress lines and a size limit. Only `https:` leaves this machine:
 * plain `http:` is refused except to a loopback address (a local mirror), and a redirect may not
 * leave https. Failures are `DocsNotFoundError`s naming the URL; over the limit, `DocsTooLargeError`.
 * Written on global fetch (no library adds what this needs: a byte limit and an idle timeout).
 */
export async function downloadDocs(location: string, options: DownloadOptions): Promise<Downloaded> {
  const target = parseUrl(location);
  // Messages name the URL without its query: a signed URL's token is a secret.
  const url = shownUrl(location);
  const controller = new AbortController();
  const idleMs = options.idleMs ?? 60_000;
  let idle = setTimeout(() => controller.abort(), idleMs);
  const dir = await mkdtemp(join(tmpdir(), 'graph-contracts-docs-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    const response = await fetch(target, { signal: controller.signal, redirect: 'follow' }).catch((err: unknown) => {
      throw new DocsNotFoundError(`cannot download ${url}: ${reason(err, controller, idleMs)}`, { cause: err });
    });
    if (target.protocol === 'https:' && new URL(response.url).protocol !== 'https:') throw new DocsNotFoundError(`cannot download ${url}: it redirects to ${shownUrl(response.url)}, which is not https`);
    if (!response.ok || !response.body) throw new DocsNotFoundError(`cannot download ${url}: HTTP ${response.status} ${response.statusText}`.trim());
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > options.maxBytes) throw tooLarge(url, options.maxBytes, declared);
    const path = join(dir, /\.tar$/i.test(target.pathname) ? 'docs.tar' : 'docs.tar.gz');
    const out = createWriteStream(path);
    const total = Number.isFinite(declared) ? declared : undefined;
    const started = Date.now();
    let received = 0;
    let lastLine = 0;
    const report = (done: boolean) => {
      const now = Date.now();
      if (!options.progress || (!done && now - lastLine < (options.everyMs ?? 2000))) return;
      lastLine = now;
      const share = total ? ` of ${megabytes(total)} (${Math.floor((100 * received) / total)}%)` : '';
      const rate = received / Math.max(0.001, (now - started) / 1000);
      options.progress(`${done ? 'downloaded' : 'downloading'} ${url}: ${megabytes(received)}${share}, ${megabytes(rate)}/s`);
    };
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        clearTimeout(idle);
        idle = setTimeout(() => controller.abort(), idleMs);
        received += chunk.byteLength;
        if (received > options.maxBytes) throw tooLarge(url, options.maxBytes);
        if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
        report(false);
      }
    } catch (err) {
      out.destroy();
      if (err instanceof DocsTooLargeError) throw err;
      throw new DocsNotFoundError(`cannot download ${url}: ${reason(err, controller, idleMs)} after ${megabytes(received)}`, { cause: err });
    }
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
    report(true);
    return { path, dispose };
  } catch (err) {
    controller.abort();
    await dispose();
    throw err;
  } finally {
    clearTimeout(idle);
  }
}

/** A docs URL as messages show it: without credentials or query (`?…`). */
export function shownUrl(location: string): string {
  try {
    const u = new URL(location);
    return `${u.protocol}//${u.host}${u.pathname}${u.search ? '?…' : ''}`;
  } catch {
    return '(not a URL)';
  }
}

function parseUrl(url: string): URL {
  let target: URL;
  try {
    target = new URL(url);
  } catch (err) {
    throw new DocsNotFoundError(`not a URL: ${shownUrl(url)}`, { cause: err });
  }
  if (target.protocol === 'http:' && !LOOPBACK.test(target.hostname)) {
    throw new DocsNotFoundError(`refusing to download docs over plain http from ${target.host}: use https (http is allowed only to 127.0.0.1 / localhost)`);
  }
  if (target.username || target.password) throw new DocsNotFoundError('a docs URL may not carry credentials');
  return target;
}

function tooLarge(url: string, limit: number, size?: number): DocsTooLargeError {
  const is = size === undefined ? `is larger than ${megabytes(limit)}` : `is ${megabytes(size)}, over the ${megabytes(limit)} limit`;
  return new DocsTooLargeError(`${url} ${is} (raise the limit with --max-docs-mb)`);
}

/** A short reason for a failed download: the abort (idle) or the network error's cause. */
function reason(err: unknown, controller: AbortController, idleMs: number): string {
  if (controller.signal.aborted) return `nothing received for ${Math.round(idleMs / 1000)} s`;
  const cause = (err as { cause?: { message?: string; code?: string } }).cause;
  return cause?.message ?? cause?.code ?? (err instanceof Error ? err.message : String(err));
}
