import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, test } from 'vitest';
import { parseDoc } from '../parse.js';
import type { DocPage } from '../types.js';

const seed = (file: string): DocPage =>
  parseDoc({ file, text: readFileSync(new URL(`../../../contracts/docs/${file}`, import.meta.url), 'utf8') });
const fixture = (name: string): DocPage =>
  parseDoc({ file: `api/${name}`, text: readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8') });

describe('parseDoc on the seed GET profileStatus page', () => {
  const page = seed('api/educationsynchronizationprofilestatus-get.md');

  test('front matter, id and kind', () => {
    expect(page.title).toBe('Get the status of an educationSynchronizationProfile');
    expect(page.frontMatter['doc_type']).toBe('apiPageType');
    expect(page.id).toBe('educationsynchronizationprofilestatus-get');
    expect(page.kind).toBe('api');
  });

  test('headings keep their lines and nesting; tab markers are not headings', () => {
    const titles = page.sections.map((s) => `${s.level}:${s.title}@${s.line}`);
    expect(titles).toContain('2:HTTP request@28');
    expect(titles).toContain('5:Request@51');
    expect(page.sections.some((s) => s.title.includes('#tab/'))).toBe(false);
    const response = page.sections.find((s) => s.title === 'Response' && s.level === 5);
    expect(page.sections[response?.parent ?? -1]?.title).toBe('Example');
  });

  test('fences carry their annotation, language, section and tab', () => {
    const [template, request, response] = page.blocks;
    expect(template?.annotation?.value).toEqual({ blockType: 'ignored' });
    expect(template?.text).toBe('GET /education/synchronizationProfiles/{id}/profileStatus');
    expect(request?.lang).toBe('msgraph-interactive');
    expect(request?.tab).toBe('HTTP');
    expect(request?.annotation?.value?.['name']).toBe('get_educationSynchronizationProfile_status');
    expect(response?.line).toBe(91);
    expect(response?.tab).toBeUndefined();
    expect(response?.annotation?.value?.['@odata.type']).toBe('microsoft.graph.educationSynchronizationProfileStatus');
    expect(response?.text.split('\n')[0]).toBe('HTTP/1.1 200 OK');
  });

  test('the permissions table with its odd cells', () => {
    const table = page.tables[0];
    expect(table?.header).toEqual(['Permission type', 'Permissions (from least to most privileged)']);
    expect(table?.rows.map((r) => r.cells[0])).toEqual(['Delegated (work or school account)', 'Delegated (personal Microsoft account', 'Application']);
    expect(table?.rows[2]?.line).toBe(26);
  });

  test('tolerated annotation defects are reported with their line', () => {
    const found = page.diagnostics.map((d) => `${d.rule}@${d.source.line}`);
    expect(found).toContain('annotation-trailing-comma@87');
    expect(found).toContain('annotation-close-spacing@56');
    expect(page.diagnostics.every((d) => d.source.file === page.file)).toBe(true);
  });

  test('includes and links', () => {
    expect(page.includes[0]).toMatchObject({ text: 'beta-disclaimer', line: 14 });
    expect(page.links.map((l) => l.target)).toContain('../resources/educationsynchronizationprofilestatus.md');
    expect(page.links.some((l) => l.target.includes('includes/'))).toBe(false);
  });

  test('an include in another letter case is an include, not a link', () => {
    const p = parseDoc({ file: 'api/x.md', text: '# X\n\n[!Include [note](../../includes/note.md)]\n' });
    expect(p.includes).toEqual([{ text: 'note', target: '../../includes/note.md', line: 3, section: 0 }]);
    expect(p.links).toEqual([]);
  });

  test('links are read on first use, and copies and the cache serializer see them as data', () => {
    const text = '# X\n\n| Name | Type |\n|:--|:--|\n| a | [b](../resources/b.md) |\n\nSee [c](c.md) and [d](https://d.test/).\n';
    const expected = [
      { text: 'b', target: '../resources/b.md', line: 5 },
      { text: 'c', target: 'c.md', line: 7 },
      { text: 'd', target: 'https://d.test/', line: 7 },
    ];
    expect(deserialize(serialize(parseDoc({ file: 'api/x.md', text }))).links).toEqual(expected);
    expect(JSON.parse(JSON.stringify(parseDoc({ file: 'api/x.md', text }))).links).toEqual(expected);
    const p = parseDoc({ file: 'api/x.md', text });
    expect(p.links).toBe(p.links);
    expect(Object.getOwnPropertyDescriptor(p, 'links')).toMatchObject({ value: expected, writable: true, enumerable: true });
    const q = parseDoc({ file: 'api/x.md', text });
    q.links = [];
    expect(q.links).toEqual([]);
  });
});

describe('parseDoc on dialect defects', () => {
  const page = fixture('dialect.md');
  const rules = page.diagnostics.map((d) => `${d.rule}@${d.source.line}`);

  test('tables without outer pipes, and escaped pipes', () => {
    expect(page.tables[0]?.header).toEqual(['Permission type', 'Permissions']);
    expect(page.tables[0]?.rows[0]?.cells).toEqual(['Application', 'User.Read.All']);
    expect(page.tables[1]?.header).toEqual(['Member']);
    expect(page.tables[1]?.rows.map((r) => r.cells)).toEqual([['sis | lms'], ['lms']]);
  });

  test('an unannotated fence is still a block', () => {
    expect(page.blocks[0]).toMatchObject({ lang: 'http', line: 18, text: 'GET https://graph.microsoft.com/beta/users/{id}' });
    expect(page.blocks[0]?.annotation).toBeUndefined();
  });

  test('comments and trailing commas are repaired; unknown keys suggest a known one', () => {
    expect(page.blocks[1]?.annotation?.value).toMatchObject({ blockType: 'response', truncatd: true });
    expect(rules).toEqual(expect.arrayContaining(['annotation-comment@22', 'annotation-trailing-comma@22']));
    const unknown = page.diagnostics.find((d) => d.rule === 'annotation-unknown-key');
    expect(unknown?.message).toContain('did you mean `truncated`?');
  });

  test('malformed annotations are reported and the block is kept without them', () => {
    expect(rules).toContain('annotation-malformed@33');
    expect(page.blocks[2]).toMatchObject({ lang: 'json', text: '{}' });
    expect(page.blocks[2]?.annotation?.value).toBeUndefined();
  });

  test('an annotation that prose separates from its block', () => {
    expect(rules).toContain('annotation-without-block@38');
  });

  test('an unclosed fence runs to the end and is reported', () => {
    expect(rules).toContain('fence-unclosed@46');
    expect(page.blocks.at(-1)?.text).toBe('{ "never": "closed"');
  });
});

describe('parseDoc never throws', () => {
  test.for([
    ['empty', ''],
    ['only front matter start', '---\ntitle: x'],
    ['bad yaml', '---\ntitle: [unclosed\n---\n# T'],
    ['comment never closed', '<!-- { "blockType": "request"'],
    ['table header only', '|a|b|\n|-|-|'],
  ] as const)('%s', ([, text]) => {
    const page = parseDoc({ file: 'resources/x.md', text });
    expect(page.kind).toBe('resource');
    expect(page.title).toBe(text.includes('# T') ? 'T' : 'x');
  });
});
