import { expect, test } from 'vitest';
import { parseShard } from '../parseShard.js';

test.for(['1/4', '4/4', ' 2/3 '])('accepts %s', (value) => {
  expect(parseShard(value)).toEqual({ index: Number(value.trim()[0]), count: Number(value.trim()[2]) });
});

test.for(['0/4', '5/4', '1/0', '1-4', 'a/b', ''])('rejects %j naming the flag', (value) => {
  expect(() => parseShard(value)).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID', setting: '--shard' }));
});
