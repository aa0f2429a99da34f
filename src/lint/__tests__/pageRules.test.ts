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
    name: 'flags TODO permissions, descriptions and metadata',
    docs: {
      'api/a.md': md('---', 'author: "**TODO: Provide Github Name**"', '---', '# A', '## Permissions', '|Permission type|Permissions|', '|:--|:--|', '|Application|**TODO: Provide applicable permissions.**|', '## Request body', '|Property|Type|Description|', '|:--|:--|:--|', '|status|String|**TODO: Add Description**|', 'TODO: say more.'),
    },
    findings: ['api/a.md:1', 'api/a.md:8', 'api/a.md:12', 'api/a.md:13'],
    pointers: ['/frontMatter/author', '/permissions/Application', '/tables/Request body/status/Description', '/sections/Request body'],
  },
]);

testRule('permissions-missing', [
  { name: 'passes a page with permissions', docs: { 'api/a.md': apiPage(['|Delegated (work or school account)|Thing.Read|', '|Application|Not supported.|']) }, findings: [] },
  { name: 'flags an empty permission cell', docs: { 'api/a.md': apiPage(['|Application| |']) }, findings: ['api/a.md:5'], pointers: ['/permissions/Application'] },
  { name: 'flags an API page without a Permissions section', docs: { 'api/a.md': md('# Get thing', '## HTTP request', '```http', 'GET /things', '```') }, findings: ['api/a.md:1'] },
  { name: 'ignores resource pages', docs: { 'resources/a.md': md('# thing', '## HTTP request') }, findings: [] },
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

const request = ['<!-- { "blockType": "request", "name": "get_thing" } -->', '```http', 'GET https://graph.microsoft.com/beta/things/1', '```'];
const response = ['<!-- { "blockType": "response" } -->', '```http', 'HTTP/1.1 200 OK', '```'];

testRule('example-unpaired', [
  { name: 'passes a request followed by its response', docs: { 'api/a.md': md('# A', ...request, ...response) }, findings: [] },
  { name: 'passes unannotated pairs', docs: { 'api/a.md': md('# A', '```http', 'GET https://graph.microsoft.com/beta/x', '```', '```http', 'HTTP/1.1 204 No Content', '```') }, findings: [] },
  { name: 'flags a request without response', docs: { 'api/a.md': md('# A', ...request, ...request, ...response) }, findings: ['api/a.md:3'], pointers: ['/examples/get_thing/response'] },
  { name: 'flags a response without request', docs: { 'api/a.md': md('# A', ...response) }, findings: ['api/a.md:3'] },
]);
