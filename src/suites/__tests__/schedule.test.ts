import { expect, test } from 'vitest';
import { schedule } from '../schedule.js';

test('phases run in order, at most `limit` at a time, each item once', async () => {
  const log: string[] = [];
  let running = 0;
  let peak = 0;
  const items = ['get-1', 'post-1', 'get-2', 'delete-1', 'get-3', 'post-2'];
  const phase = (s: string) => (s.startsWith('post') ? 0 : s.startsWith('get') ? 2 : 4);
  const results = schedule(items, phase, 2, async (item) => {
    running++;
    peak = Math.max(peak, running);
    log.push(`start ${item}`);
    await new Promise((r) => setTimeout(r, 5));
    running--;
    log.push(`end ${item}`);
    if (item === 'get-2') throw new Error('boom');
    return item.toUpperCase();
  });
  await expect(results.get('get-3')).resolves.toBe('GET-3');
  await expect(results.get('get-2')).rejects.toThrow('boom');
  await expect(results.get('delete-1')).resolves.toBe('DELETE-1');
  expect(peak).toBe(2);
  const firstGet = log.indexOf('start get-1');
  expect(log.indexOf('end post-1')).toBeLessThan(firstGet);
  expect(log.indexOf('end post-2')).toBeLessThan(firstGet);
  expect(log.indexOf('start delete-1')).toBeGreaterThan(log.indexOf('end get-3'));
  expect(log.filter((l) => l.startsWith('start'))).toHaveLength(6);
});
