import { describe, expect, test } from 'vitest';
import type { CodeBlock } from '../../docs/types.js';
import { parsePathTemplates, templateParams } from '../pathTemplates.js';

const block = (text: string, line = 30): CodeBlock => ({ lang: 'http', line, text, section: 3 });

describe('parsePathTemplates', () => {
  test('several templates, params in order, lines of each template', () => {
    const r = parsePathTemplates([block('GET /users/{id | userPrincipalName}/photo\nGET /groups/{id}/photos/{size}\n\nGET /me/photo')], 'api/p.md');
    expect(r.method).toBe('GET');
    expect(r.paths).toEqual([
      { template: '/users/{id | userPrincipalName}/photo', params: ['id'], source: { file: 'api/p.md', line: 31 } },
      { template: '/groups/{id}/photos/{size}', params: ['id', 'size'], source: { file: 'api/p.md', line: 32 } },
      { template: '/me/photo', params: [], source: { file: 'api/p.md', line: 34 } },
    ]);
  });

  test('absolute URLs lose host and version; OData keys keep their placeholder', () => {
    const r = parsePathTemplates([block("PATCH https://graph.microsoft.com/beta/sites('{site-id}')/lists")], 'api/p.md');
    expect(r.paths[0]).toMatchObject({ template: "/sites('{site-id}')/lists", params: ['site-id'] });
  });

  test('no request line → no method', () => {
    expect(parsePathTemplates([block('See the overview.')], 'api/p.md')).toMatchObject({ method: undefined, paths: [] });
    expect(templateParams('/a/{}/b')).toEqual([]);
  });
});

describe('templateParams', () => {
  test.for([
    ['/users/{id | userPrincipalName}/photo', ['id']],
    ["/sites('{site-id}')/lists/{ list-id }", ['site-id', 'list-id']],
    ['/a/{}/b/{ }/c/{|x}', []],
    ['/a/{{id}}/b/{x{y}', ['id', 'y']],
    ['/a/{unclosed', []],
    ['/a/}{id}|{b|c}', ['id', 'b']],
  ] as const)('%s', ([template, params]) => {
    expect(templateParams(template)).toEqual(params);
    // The regex it stands for, as the reference.
    expect(templateParams(template)).toEqual([...template.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!.split('|')[0]!.trim()).filter((p) => p !== ''));
  });
});
