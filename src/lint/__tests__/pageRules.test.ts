import { testRule, md } from '../__helpers__/testRule.js';

const apiPage = (permissionsRows: string[], extra: string[] = []): string =>
  md(
    '# Get thing', //                          1
    '## Permissions', //                        2
    '|Permission type|Permissions|', //         3
    '|:---|:---|', //                           4
    ...permissionsRows, //                      5..
    '## HTTP request',
    '```http',
    'GET /things/{id}',
    '```',
    ...extra,
  );

testRule('todo-placeholder', [
  { name: 'passes a finished page', docs: { 'api/a.md': apiPage(['|Application|Thing.Read.All|']) }, findings: [] },
  {
    name: 'flags TODO descriptions and metadata, leaving TODO permissions to permissions-not-stated',
    docs: {
      'api/a.md': md('---', 'author: "**TODO: Provide Github Name**"', '---', '# A', '## Permissions', '|Permission type|Permissions|', '|:--|:--|', '|Application|**TODO: Provide applicable permissions.**|', '## Request body', '|Property|Type|Description|', '|:--|:--|:--|', '|status|String|**TODO: Add Description**|', 'TODO: say more.'),
    },
    findings: ['api/a.md:1', 'api/a.md:12', 'api/a.md:13'],
    pointers: ['/frontMatter/author', '/tables/Request body/status/Description', '/sections/Request body'],
  },
]);

testRule('permissions-missing', [
  { name: 'passes a page with permissions', docs: { 'api/a.md': apiPage(['|Delegated (work or school account)|Thing.Read|', '|Application|Not supported.|']) }, findings: [] },
  { name: 'flags a Permissions section without a table', docs: { 'api/a.md': md('# Get thing', '## Permissions', 'Ask your admin.', '## HTTP request', '```http', 'GET /things', '```') }, findings: ['api/a.md:2'], pointers: ['/permissions'] },
  { name: 'flags an API page without a Permissions section', docs: { 'api/a.md': md('# Get thing', '## HTTP request', '```http', 'GET /things', '```') }, findings: ['api/a.md:1'] },
  {
    name: 'accepts the table under Prerequisites or with no heading at all',
    docs: {
      'api/a.md': md('# A', '## Prerequisites', '|Permission type|Permissions|', '|:--|:--|', '|Application|A.Read|', '## HTTP request'),
      'api/b.md': md('# B', 'Text.', '|Permission Type|Permissions|', '|:--|:--|', '|Application|A.Read|', '## HTTP request'),
      'api/c.md': md('# C', '## Permissions', '|Supported resource|Delegated (work or school account)|Application|', '|:--|:--|:--|', '|event|Calendars.Read|Calendars.Read|', '## HTTP request'),
    },
    findings: [],
  },
  { name: 'flags Prerequisites with prose only', docs: { 'api/a.md': md('# A', '## Prerequisites', 'Read access to the file.', '## HTTP request') }, findings: ['api/a.md:2'] },
  { name: 'ignores resource pages', docs: { 'resources/a.md': md('# thing resource type', '## HTTP request') }, findings: [] },
]);

testRule('broken-resource-link', [
  {
    name: 'passes links to pages in the docs (case-insensitive), absolute and external links',
    docs: {
      'api/a.md': md('# A', 'See [thing](../resources/Thing.md#props), [perms](/graph/permissions-reference), [x](https://example.com/a.md).'),
      'resources/thing.md': md('# thing', 'Back to [get](../api/a.md).'),
    },
    findings: [],
  },
  {
    name: 'flags a relative link to a missing resource page once per page',
    docs: { 'api/a.md': md('# A', 'See [profile](../resources/profile.md).', '', 'Again [profile](../resources/profile.md).') },
    findings: ['api/a.md:2'],
    pointers: ['/links/..~1resources~1profile.md'],
  },
]);

testRule('http-body-separator-missing', [
  { name: 'passes a body after a blank line, and a message without body', docs: { 'api/a.md': md('# A', '```http', 'HTTP/1.1 201 Created', 'Content-Type: application/json', '', '{', '}', '```', '```http', 'HTTP/1.1 204 No Content', '```') }, findings: [] },
  { name: 'flags a body glued to the headers', docs: { 'api/a.md': md('# A', '```http', 'HTTP/1.1 201 Created', 'Content-Type: application/json', '{', '  "id": "1"', '}', '```') }, findings: ['api/a.md:5'] },
]);
