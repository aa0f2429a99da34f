import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError } from '../../errors.js';
import { readFixtures } from '../fixtures.js';

const write = (text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'gc-fixtures-')), 'live.json');
  writeFileSync(file, text);
  return file;
};

describe('readFixtures', () => {
  test('a well-formed file is returned as written; no file gives the fallback', () => {
    const fixtures = { params: { id: 'p1' }, paths: { '/users/{id}/photo': { id: 'u1' } }, default: 'x', disposable: { params: { deviceId: 'd1' }, paths: { '/me/settings': {} } } };
    expect(readFixtures(write(JSON.stringify(fixtures)))).toEqual(fixtures);
    expect(readFixtures(undefined, { default: 'seed' })).toEqual({ default: 'seed' });
  });

  test('bad JSON names the file and the line', () => {
    const file = write('{\n  "params": {\n    "id": "p1",\n  }\n}\n');
    expect(() => readFixtures(file)).toThrow(ConfigError);
    expect(() => readFixtures(file)).toThrow(new RegExp(`^fixtures file ${file}:4: not valid JSON`));
  });

  test.for([
    ['[]', 'the file is not a JSON object'],
    ['{"params": {"id": 42}}', '"params.id" is 42, not a string'],
    ['{"params": ["id"]}', '"params" is not an object'],
    ['{"paths": {"/users/{id}": {"id": null}}}', '"paths./users/{id}.id" is null, not a string'],
    ['{"paths": {"/users/{id}": "u1"}}', '"paths./users/{id}" is not an object'],
    ['{"default": 1}', '"default" is 1, not a string'],
    ['{"disposable": ["d1"]}', '"disposable" is not an object'],
    ['{"disposable": {"ids": ["d1"]}}', '"disposable.ids" is not a known key (params, paths)'],
    ['{"disposable": {"params": {"id": 7}}}', '"disposable.params.id" is 7, not a string'],
  ] as const)('%s: %s', ([text, problem]) => {
    const file = write(text);
    expect(() => readFixtures(file)).toThrow(`fixtures file ${file}: ${problem}; expected`);
  });

  test('a missing file is named with the reason', () => {
    expect(() => readFixtures('/nonexistent/live.json')).toThrow('fixtures file /nonexistent/live.json: cannot read (ENOENT)');
  });
});
