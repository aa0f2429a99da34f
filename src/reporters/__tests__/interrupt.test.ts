import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { fixtureRun } from '../__fixtures__/run.js';
import { writeReportsOnInterrupt } from '../interrupt.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeReportsOnInterrupt', () => {
  test('on SIGTERM writes the finished cases as an incomplete run, then exits 143', () => {
    dir = mkdtempSync(join(tmpdir(), 'gc-int-'));
    const finished = fixtureRun().cases.slice(0, 4);
    const exits: number[] = [];
    const signals: string[] = [];
    const before = process.listenerCount('SIGTERM');
    const beforeInt = process.listenerCount('SIGINT');
    writeReportsOnInterrupt(() => fixtureRun({ cases: finished }), dir, {}, (w, s) => signals.push(`${s}:${w.written.length}`), (c) => exits.push(c));
    expect(process.listenerCount('SIGTERM')).toBe(before + 1);
    process.emit('SIGTERM');
    expect(exits).toEqual([143]);
    expect(signals).toEqual(['SIGTERM:3']);
    const results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as { complete: boolean; summary: { total: number } };
    expect(results).toMatchObject({ complete: false, summary: { total: 4 } });
    expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toContain('graph-contracts (interrupted)');
    expect(process.listenerCount('SIGTERM')).toBe(before);
    expect(process.listenerCount('SIGINT')).toBe(beforeInt);
  });

  test('disposing removes the handlers and writes nothing', () => {
    dir = mkdtempSync(join(tmpdir(), 'gc-int-'));
    const before = process.listenerCount('SIGINT');
    const dispose = writeReportsOnInterrupt(() => fixtureRun(), dir, {}, undefined, () => {});
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    dispose();
    expect(process.listenerCount('SIGINT')).toBe(before);
    expect(existsSync(join(dir, 'results.json'))).toBe(false);
  });
});
