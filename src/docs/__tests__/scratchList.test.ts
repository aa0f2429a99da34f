import { describe, expect, test } from 'vitest';
import { ScratchList } from '../scratchList.js';

describe('ScratchList', () => {
  test('takes its items as an exact array and starts again empty', () => {
    const list = new ScratchList<{ n: number }>();
    for (let n = 0; n < 40; n++) list.push({ n });
    expect(list.length).toBe(40);
    expect(list.at(39)).toEqual({ n: 39 });
    const first = list.take();
    expect(first.map((x) => x.n)).toEqual(Array.from({ length: 40 }, (_, n) => n));
    expect(list.length).toBe(0);
    list.push({ n: 100 });
    const second = list.take();
    // The first array is the caller's own: filling the list again leaves it as it was.
    expect(second).toEqual([{ n: 100 }]);
    expect(first).toHaveLength(40);
    expect(first[0]).toEqual({ n: 0 });
    expect(list.take()).toEqual([]);
  });

  test('clear drops what a list holds', () => {
    const list = new ScratchList<number>();
    list.push(1);
    list.push(2);
    list.clear();
    list.push(3);
    expect(list.take()).toEqual([3]);
  });
});
