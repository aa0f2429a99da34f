import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { readFrontMatter } from '../frontmatter.js';
import { Lines } from '../lines.js';

const read = (yaml: string) => readFrontMatter(new Lines(`---\n${yaml}\n---\n# Title\n`), 'api/x.md');

describe('readFrontMatter', () => {
  // The one-`key: string`-per-line fast path must give exactly what js-yaml gives, and leave
  // everything else to js-yaml.
  test.for([
    'title: "Get a user"\ndescription: "Retrieve the properties: all of them."\ndoc_type: apiPageType',
    "author: 'jane'\nms.prod: \"users\"\nlocalization_priority: Priority",
    'title: Get a user - beta\nms.topic: reference',
    'flag: true\nother: False\nnothing: null',
    'count: 12\nversion: 1.0\nms.date: 09/25/2019',
    'title: "escaped \\" quote"\ntab: "a\\tb"',
    "title: 'it''s'",
    'title: a # comment',
    'keywords:\n  - a\n  - b',
    'title: "first"\ntitle: "again"',
    'title: x\n\nauthor: y',
    'title: ""\nempty: \'\'',
    'a: "x"  \nb: \'y\' \t\nc: Plain words \t',
    'a:\tb',
    'a:  b  c',
    'a: b\tc',
    'a: -b',
    'a: b-',
    'a: "x" y',
    "a: 'x' y",
    '_k.x-y: Val.1 two-3 _four',
    '9a: b',
    'a: 9b',
    'a: "back\\\\slash"',
    "a: 'back\\\\slash'",
    'a:',
    'a: ',
  ])('%j reads as js-yaml reads it', (yaml) => {
    let expected: unknown;
    try {
      expected = load(yaml, { schema: CORE_SCHEMA });
    } catch {
      expected = 'invalid';
    }
    const front = read(yaml);
    expect(front.diagnostics.length > 0 ? 'invalid' : front.data).toEqual(expected);
  });

  test('counts the fence lines and reports an unclosed block', () => {
    expect(read('title: x').lines).toBe(3);
    const open = readFrontMatter(new Lines('---\ntitle: x\n# Title\n'), 'api/x.md');
    expect(open.lines).toBe(0);
    expect(open.diagnostics.map((d) => d.rule)).toEqual(['front-matter-unclosed']);
  });
});
