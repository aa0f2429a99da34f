import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One documented request of the test API, written as a Graph reference page. */
interface Page {
  name: string;
  title: string;
  method: string;
  path: string;
  status: string;
  requestHeaders?: string[];
  requestBody?: unknown;
  response?: { body: unknown; collection?: boolean };
}

const thing = { id: '8f3e2c1a-0000-4000-8000-00000000000a', displayName: 'Contoso thing', state: 'active' };

/**
 * The pages of a small API for the live path's own tests, on `things` (a collection): list, create,
 * get, update, delete, an action, a GET whose documented headers override it to DELETE, a `$batch`
 * with an inner DELETE, and a report. `FakeGraph` (`echoGraph.ts`) serves it.
 */
export const THING_PAGES: Page[] = [
  { name: 'thing-list', title: 'List things', method: 'GET', path: '/things', status: '200 OK', response: { body: { value: [thing] }, collection: true } },
  { name: 'thing-post', title: 'Create thing', method: 'POST', path: '/things', status: '201 Created', requestHeaders: ['Content-Type: application/json'], requestBody: { displayName: 'Contoso thing' }, response: { body: thing } },
  { name: 'thing-get', title: 'Get thing', method: 'GET', path: '/things/{thing-id}', status: '200 OK', response: { body: thing } },
  { name: 'thing-update', title: 'Update thing', method: 'PATCH', path: '/things/{thing-id}', status: '204 No Content', requestHeaders: ['Content-Type: application/json'], requestBody: { state: 'paused' } },
  { name: 'thing-delete', title: 'Delete thing', method: 'DELETE', path: '/things/{thing-id}', status: '204 No Content' },
  { name: 'thing-archive', title: 'thing: archive', method: 'POST', path: '/things/{thing-id}/archive', status: '204 No Content' },
  { name: 'thing-purge', title: 'thing: purge', method: 'GET', path: '/things/{thing-id}/purge', status: '204 No Content', requestHeaders: ['X-HTTP-Method-Override: DELETE'] },
  { name: 'thing-batch', title: 'Batch things', method: 'POST', path: '/$batch', status: '200 OK', requestHeaders: ['Content-Type: application/json'], requestBody: { requests: [{ id: '1', method: 'GET', url: '/things' }, { id: '2', method: 'DELETE', url: `/things/${thing.id}` }] }, response: { body: { responses: [{ id: '1', status: 200 }, { id: '2', status: 204 }] } } },
  { name: 'report-get', title: 'Get report', method: 'GET', path: '/reports/daily', status: '200 OK', response: { body: { id: 'daily', displayName: 'Daily report', state: 'ready' } } },
];

function page(p: Page): string {
  const request = [`${p.method} https://graph.microsoft.com/beta${p.path}`, ...(p.requestHeaders ?? [])];
  if (p.requestBody !== undefined) request.push('', JSON.stringify(p.requestBody, null, 2));
  const response = [`HTTP/1.1 ${p.status}`];
  if (p.response) response.push('Content-Type: application/json', '', JSON.stringify(p.response.body, null, 2));
  const annotation = p.response ? `,\n  "@odata.type": "microsoft.graph.thing"${p.response.collection ? ',\n  "isCollection": true' : ''}` : '';
  return `---
title: "${p.title}"
description: "${p.title}."
doc_type: apiPageType
---

# ${p.title}

Namespace: microsoft.graph

${p.title}.

## Permissions
One of the following permissions is required to call this API.

|Permission type|Permissions (from most to least privileged)|
|:---|:---|
|Delegated (work or school account)|Thing.ReadWrite|
|Delegated (personal Microsoft account)|Not supported.|
|Application|Thing.ReadWrite.All|

## HTTP request

<!-- { "blockType": "ignored" } -->
\`\`\` http
${p.method} ${p.path}
\`\`\`

## Request headers
|Name|Description|
|:---|:---|
|Authorization|Bearer {token}. Required.|

## Response

If successful, this method returns a \`${p.status}\` response code.

## Examples

### Request
<!-- {
  "blockType": "request",
  "name": "${p.name.replace(/-/g, '_')}"
}
-->
\`\`\` http
${request.join('\n')}
\`\`\`

### Response
<!-- {
  "blockType": "response"${annotation}
}
-->
\`\`\` http
${response.join('\n')}
\`\`\`
`;
}

const RESOURCE = `---
title: "thing resource type"
description: "A thing."
---

# thing resource type

Namespace: microsoft.graph

A thing.

## Properties

| Property | Type | Description |
|:-|:-|:-|
| **id** | String | The identifier. |
| **displayName** | String | The name shown. |
| **state** | String | The state. |

## JSON representation
<!-- {
  "blockType": "resource",
  "optionalProperties": [],
  "@odata.type": "microsoft.graph.thing"
}-->

\`\`\`json
{
  "id": "String",
  "displayName": "String",
  "state": "String"
}
\`\`\`
`;

/** Writes the test API's pages under `dir` (`api/*.md`, `resources/thing.md`) and returns `dir`. */
export function writeThingDocs(dir: string): string {
  mkdirSync(join(dir, 'api'), { recursive: true });
  mkdirSync(join(dir, 'resources'), { recursive: true });
  for (const p of THING_PAGES) writeFileSync(join(dir, 'api', `${p.name}.md`), page(p));
  writeFileSync(join(dir, 'resources', 'thing.md'), RESOURCE);
  return dir;
}
