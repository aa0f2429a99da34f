import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildFromDocs } from '../../pipeline.js';
import { runCli } from '../__helpers__/runCli.js';
import { progressDisplay, type ProgressStream } from '../progress.js';

const root = resolve(import.meta.dirname, '../../..');
const docs = join(root, 'contracts/docs');

/** A stand-in for stderr that keeps what was written. */
function fakeStream(tty: boolean, columns = 80): ProgressStream & { text: string } {
  const stream = {
    text: '',
    isTTY: tty,
    columns,
    write(chunk: string) {
      stream.text += chunk;
      return true;
    },
  };
  return stream;
}

/** A clock that moves `stepMs` every time it is read: a build that looks as slow as wanted, without waiting. */
const steppingClock = (stepMs: number) => {
  let t = 0;
  return () => (t += stepMs);
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('off a terminal (CI logs, pipes)', () => {
  test('a build slower than the interval prints a plain line every interval, then the end', async () => {
    const stream = fakeStream(false);
    const display = progressDisplay({ stream, now: steppingClock(1000), everyMs: 3000 });
    await buildFromDocs(docs, 'default', { onProgress: display.onProgress });
    const lines = stream.text.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    // Reading comes first, then the five pages, then each stage; the build reads the clock once per event.
    expect(lines[0]).toMatch(/^(reading docs: \d+ of 5 files, [\d.]+ MB|parsing pages: \d of 5 \(\d+%\)) \[3\.0 s\]$/);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^(reading docs|parsing pages|building the model|deriving schemas|deriving contracts)\b.* \[\d+(\.\d)? s\]$/);
    expect(lines.at(-1)).toMatch(/^docs built: 5 pages, \d+ contracts \[\d+(\.\d)? s\]$/);
    expect(stream.text).not.toContain('\u001b');
  });

  test('lines are throttled by the clock read at each event, at most one per interval', () => {
    const stream = fakeStream(false);
    let t = 0;
    const display = progressDisplay({ stream, now: () => t, everyMs: 3000 });
    const parse = (done: number) => display.onProgress({ stage: 'parse', done, total: 100 });
    for (const [at, done] of [[0, 1], [1000, 2], [2999, 3], [3000, 4], [4000, 5], [5999, 6], [6000, 7]] as const) {
      t = at;
      parse(done);
    }
    expect(stream.text).toBe('parsing pages: 4 of 100 (4%) [3.0 s]\nparsing pages: 7 of 100 (7%) [6.0 s]\n');
  });

  test('after a build that failed part-way (cleared, no `done`), the next build starts its own interval', () => {
    const stream = fakeStream(false);
    let t = 0;
    const display = progressDisplay({ stream, now: () => t, everyMs: 3000 });
    display.onProgress({ stage: 'parse', done: 1, total: 10 });
    display.clear();
    t = 60_000;
    display.onProgress({ stage: 'parse', done: 1, total: 10 });
    t = 61_000;
    display.onProgress({ stage: 'done', pages: 10, contracts: 0 });
    expect(stream.text).toBe('');
  });

  test('a build faster than the interval prints nothing at all', async () => {
    const stream = fakeStream(false);
    const display = progressDisplay({ stream, now: steppingClock(1), everyMs: 3000 });
    const built = await buildFromDocs(docs, 'default', { onProgress: display.onProgress });
    expect(built.pages).toHaveLength(5);
    expect(stream.text).toBe('');
  });

  test('`build` prints progress on stderr, never on stdout, whose last line stays the summary', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gc-progress-'));
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
    // The CLI's display reads performance.now; each read is a second later.
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (t += 1000));
    const result = await runCli('build', '--docs', docs, '--out', out);
    vi.restoreAllMocks();
    expect(result.code, result.stderr).toBe(0);
    expect(stderr).toMatch(/^parsing pages: \d of 5 \(\d+%\) \[\d+\.\d s\]$/m);
    expect(stderr).toMatch(/^docs built: 5 pages, \d+ contracts/m);
    // Writing the artifacts is a phase of its own, after the build, ended by its last file.
    const lines = stderr.trimEnd().split('\n');
    const total = Number(/^wrote (\d+) files/m.exec(result.stdout)?.[1]);
    expect(total).toBeGreaterThan(0);
    expect(lines.some((l) => /^writing artifacts: \d+ of \d+ \(\d+%\) \[\d+\.\d s\]$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(new RegExp(`^writing artifacts: ${total} of ${total} \\(100%\\) \\[\\d+\\.\\d s\\]$`));
    expect(result.stdout).not.toMatch(/parsing pages|reading docs|docs built|deriving|writing artifacts/);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^wrote \d+ files, removed \d+ stale files under /);
  });

  test('a fast `build` prints no progress', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gc-progress-'));
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
    vi.spyOn(performance, 'now').mockReturnValue(0);
    const result = await runCli('build', '--docs', docs, '--out', out);
    vi.restoreAllMocks();
    expect(result.code, result.stderr).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('on a terminal', () => {
  test('one line is redrawn in place, never scrolled, and cleared when the build is done', async () => {
    const stream = fakeStream(true, 40);
    const display = progressDisplay({ stream, now: steppingClock(200) });
    await buildFromDocs(docs, 'default', { onProgress: display.onProgress });
    expect(stream.text).not.toContain('\n');
    // Each frame: to column 1, the text, erase to the line's end; at the end: to column 1, erase the line.
    const frames = stream.text.split('\u001b[1G').filter(Boolean);
    expect(frames.length).toBeGreaterThanOrEqual(3);
    const texts = frames.map((f) => f.split('\u001b[')[0]!);
    expect(frames.filter((f) => f.endsWith('\u001b[0K')).length).toBe(frames.length - 1);
    expect(texts.some((text) => /^parsing pages: \d of 5 \(\d+%\) \[[\d.]+ s\]$/.test(text))).toBe(true);
    expect(frames.some((f) => f.startsWith('building the model'))).toBe(true);
    expect(frames.at(-1)).toBe('\u001b[2K');
    // No frame is wider than the terminal (a wrapped line could not be redrawn in place).
    for (const text of texts) expect(text.length).toBeLessThan(40);
  });

  test('a line of its own (a download) clears the live line first and is not overwritten', () => {
    const stream = fakeStream(true);
    let t = 0;
    const display = progressDisplay({ stream, now: () => t });
    display.onProgress({ stage: 'read', files: 1, bytes: 1024, totalBytes: 4 * 1024 * 1024 });
    t = 1000;
    display.onProgress({ stage: 'read', files: 3, bytes: 2 * 1024 * 1024, totalBytes: 4 * 1024 * 1024 });
    expect(stream.text).toBe('\u001b[1Greading docs: 3 files, 2.0 MB, 50% of the archive [1.0 s]\u001b[0K');
    display.log('downloaded https://example.test/main.tar.gz: 4.0 MB');
    expect(stream.text.endsWith('\u001b[1G\u001b[2Kdownloaded https://example.test/main.tar.gz: 4.0 MB\n')).toBe(true);
    display.clear();
    expect(stream.text.endsWith('4.0 MB\n')).toBe(true);
  });

  test('writing artifacts after the build draws its own line, cleared by the last file', () => {
    const stream = fakeStream(true);
    let t = 0;
    const display = progressDisplay({ stream, now: () => t });
    display.onProgress({ stage: 'done', pages: 5, contracts: 4 });
    display.onProgress({ stage: 'write', done: 0, total: 900 });
    t = 1000;
    display.onProgress({ stage: 'write', done: 450, total: 900 });
    expect(stream.text).toBe('\u001b[1Gwriting artifacts: 450 of 900 (50%) [1.0 s]\u001b[0K');
    t = 2000;
    display.onProgress({ stage: 'write', done: 900, total: 900 });
    expect(stream.text.endsWith('\u001b[1G\u001b[2K')).toBe(true);
  });

  test('a fast build draws nothing', async () => {
    const stream = fakeStream(true);
    const display = progressDisplay({ stream, now: steppingClock(1) });
    await buildFromDocs(docs, 'default', { onProgress: display.onProgress });
    expect(stream.text).toBe('');
  });
});
