import { describe, expect, test } from 'vitest';
import { classifyPage } from '../classify.js';
import { placeFiles } from '../layout.js';
import { parseDoc } from '../parse.js';

describe('placeFiles', () => {
  test('the docs repository with both versions: versioned paths, conceptual pages and SDK snippets left out', () => {
    const placed = placeFiles([
      'microsoft-graph-docs-contrib/api-reference/beta/api/user-get.md',
      'microsoft-graph-docs-contrib/api-reference/v1.0/api/user-get.md',
      'microsoft-graph-docs-contrib/api-reference/v1.0/includes/permissions/user-get-permissions.md',
      'microsoft-graph-docs-contrib/api-reference/v1.0/includes/snippets/csharp/get-user-csharp-snippets.md',
      'microsoft-graph-docs-contrib/concepts/overview.md',
      'microsoft-graph-docs-contrib/includes/all-clouds.md',
    ]);
    expect(placed).toEqual([
      { file: 'beta/api/user-get.md', version: 'beta' },
      { file: 'v1.0/api/user-get.md', version: 'v1.0' },
      { file: 'v1.0/includes/permissions/user-get-permissions.md', version: 'v1.0' },
      undefined,
      undefined,
      undefined,
    ]);
  });

  test('one version folder, named by the user: paths from the version folder, version from its name', () => {
    expect(placeFiles(['api/user-get.md', 'includes/permissions/p.md', 'resources/user.md'], 'v1.0')).toEqual([
      { file: 'api/user-get.md', version: 'v1.0' },
      { file: 'includes/permissions/p.md', version: 'v1.0' },
      { file: 'resources/user.md', version: 'v1.0' },
    ]);
  });

  test('any other folder: flat names as they are, nested ones from the first api/resources/includes folder', () => {
    expect(placeFiles(['000_x.md', 'notes/001_y.md'], 'seeds')).toEqual([{ file: '000_x.md' }, { file: 'notes/001_y.md' }]);
    expect(placeFiles(['docs/api/a.md', 'docs/includes/p.md'])).toEqual([{ file: 'api/a.md' }, { file: 'includes/p.md' }]);
  });

  test('two files that would get one name keep their whole paths', () => {
    expect(placeFiles(['a/api/x.md', 'b/api/x.md'])).toEqual([{ file: 'a/api/x.md' }, { file: 'b/api/x.md' }]);
  });
});

const page = (file: string, text: string) => parseDoc({ file, text });

describe('classifyPage: by what the page says, the folder only as a hint', () => {
  test.for([
    ['doc_type apiPageType', 'x.md', '---\ndoc_type: apiPageType\n---\n# Get thing\n', 'api'],
    ['title "X resource type" over a wrong doc_type', 'api/thing.md', '---\ntitle: "thing resource type"\ndoc_type: apiPageType\n---\n', 'resource'],
    ['H1 "X enum type"', 'x.md', '---\ntitle: "Members"\n---\n# thingKind enum type\n', 'resource'],
    ['annotated requests and no resource over a wrong doc_type', 'x.md', '---\ndoc_type: resourcePageType\n---\n# List operations\n<!-- { "blockType": "request" } -->\n```http\nGET /x\n```\n', 'api'],
    ['a resource annotation', 'x.md', '# Thing\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.thing" } -->\n```json\n{}\n```\n', 'resource'],
    ['a conceptual page with requests', 'resources/tutorial.md', '---\ndoc_type: conceptualPageType\n---\n<!-- { "blockType": "request" } -->\n```http\nGET /x\n```\n', 'other'],
    ['an include by its front matter', 'x.md', '---\nms.topic: include\n---\n|a|b|\n|-|-|\n', 'include'],
    ['an "HTTP request" heading', 'x.md', '# Do it\n## HTTP request\n', 'api'],
    ['an "http Request" heading', 'x.md', '# Do it\n## http Request \n', 'api'],
    ['a "JSON Representation" heading', 'x.md', '# Thing\n## JSON Representation\n', 'resource'],
    ['a "Properties" heading', 'x.md', '# Thing\n### properties\n', 'resource'],
    ['no "HTTP request" heading, only one that starts so', 'x.md', '# Do it\n## HTTP request headers\n', 'other'],
    ['"Get resource" is no type title', 'x.md', '# Get resource\n## HTTP request\n', 'api'],
    ['nothing said: the folder', 'includes/p.md', '|a|b|\n|-|-|\n', 'include'],
    ['nothing said, no folder', 'notes.md', 'Some text.\n', 'other'],
  ] as const)('%s', ([, file, text, kind]) => {
    expect(page(file, text).kind).toBe(kind);
  });

  test('the signals are read from the parsed page', () => {
    expect(classifyPage({ file: 'x.md', frontMatter: {}, h1: 'educationSynchronizationOAuth2ClientCredentialsConnectionSettings resource', blocks: [], sections: [] })).toBe('resource');
  });
});
