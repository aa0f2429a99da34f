import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { pruneCache } from '../prune.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const HOUR = 3600_000;

test('keeps the most recently used entries that fit, always the current one, and removes orphaned temporaries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-prune-'));
  dirs.push(dir);
  const now = Date.now();
  const entry = (key: string, bytes: number, usedHoursAgo: number, extra: Record<string, number> = {}) => {
    const folder = join(dir, 'entries', key);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'set.part'), Buffer.alloc(bytes));
    for (const [file, hoursAgo] of Object.entries(extra)) {
      writeFileSync(join(folder, file), 'x');
      utimesSync(join(folder, file), new Date(now - hoursAgo * HOUR), new Date(now - hoursAgo * HOUR));
    }
    utimesSync(folder, new Date(now - usedHoursAgo * HOUR), new Date(now - usedHoursAgo * HOUR));
  };
  entry('old', 400, 48);
  entry('recent', 400, 1, { 'docs.part.123.ab.tmp': 2, 'set.part.456.cd.tmp': 0 });
  entry('current', 400, 72);
  pruneCache(dir, 'current', 1000, now);
  expect(readdirSync(join(dir, 'entries')).sort()).toEqual(['current', 'recent']);
  expect(readdirSync(join(dir, 'entries', 'recent')).sort()).toEqual(['set.part', 'set.part.456.cd.tmp']);
  expect(existsSync(join(dir, 'entries', 'old'))).toBe(false);
});
