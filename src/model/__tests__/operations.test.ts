import { describe, expect, test } from 'vitest';
import { parseDoc } from '../../docs/index.js';
import { IncludeResolver } from '../includes.js';
import { buildOperation } from '../operations.js';

const F = '```';
const build = (md: string) => buildOperation(parseDoc({ file: 'api/x.md', text: md }), new IncludeResolver([]));
const rules = (md: string) => build(md).diagnostics.map((d) => `${d.rule}@${d.source.line}`);

const INTUNE = `# Get thing

## HTTP request
${F} http
GET /deviceManagement/things/{thingId}
GET /deviceManagement/other/{otherId}/things/{thingId}
${F}

## Response
If successful, this method returns a \`200 OK\` response code and [thing](../resources/thing.md) object in the response body.

## Example

### Request
Here is an example of the request.
${F} http
GET https://graph.microsoft.com/beta/deviceManagement/things/{thingId}
${F}

### Response
${F} http
HTTP/1.1 200 OK
Content-Type: application/json

{"id": "1"}
${F}
`;

describe('buildOperation', () => {
  test('unannotated examples under Request/Response headings (Intune style)', () => {
    const { operation, diagnostics } = build(INTUNE);
    expect(diagnostics).toEqual([]);
    expect(operation).toMatchObject({
      id: 'x', method: 'GET', successStatus: 200, successStatusSource: { line: 10 },
      responseType: { name: 'thing', collection: false }, noContent: false,
      permissions: { delegatedWork: [], delegatedPersonal: [], application: [] },
    });
    expect(operation?.paths.map((p) => [p.template, p.params, p.source.line])).toEqual([
      ['/deviceManagement/things/{thingId}', ['thingId'], 5],
      ['/deviceManagement/other/{otherId}/things/{thingId}', ['otherId', 'thingId'], 6],
    ]);
    expect(operation?.examples.map((e) => [e.request.source.line, e.response?.source.line, e.response?.body])).toEqual([[17, 22, { id: '1' }]]);
  });

  test.for([
    ['example status not documented', INTUNE.replace('HTTP/1.1 200 OK', 'HTTP/1.1 201 Created'), ['example-status-differs@22']],
    ['request without response', INTUNE.replace(/### Response\n[^]*$/, ''), ['example-request-without-response@17']],
    ['two responses', `${INTUNE}\n${F}http\nHTTP/1.1 200 OK\n${F}\n`, ['example-response-extra@29']],
    ['status only in the example', INTUNE.replace('returns a `200 OK` response code and', 'returns'), ['response-status-not-stated@10']],
    ['request to a callback host is not an example', INTUNE.replace('GET https://graph.microsoft.com/beta/deviceManagement', 'POST https://bot.contoso.com/api'), ['example-request-not-graph@17']],
  ] as const)('%s', ([, md, expected]) => {
    expect(rules(md)).toEqual(expected);
  });

  test('fences annotated "ignored" that are plainly examples are read, with a diagnostic (seed PUT)', () => {
    const md = INTUNE.replace(`### Request\nHere is an example of the request.\n${F} http`, `### Request\n<!-- { "blockType": "ignored" } -->\n${F} http`);
    const { operation, diagnostics } = build(md);
    expect(operation?.examples).toHaveLength(1);
    expect(diagnostics.map((d) => `${d.rule}@${d.source.line}`)).toEqual(['example-annotated-ignored@15']);
  });

  test('a bare JSON fence after a "Response" label answers the request with the documented status (Dynamics style)', () => {
    const md = INTUNE.replace(/### Response\n[^]*$/, `**Response**\n\n${F}json\n{"id": "1"}\n${F}\n`);
    const { operation, diagnostics } = build(md);
    expect(operation?.examples[0]?.response).toMatchObject({ status: 200, body: { id: '1' }, source: { line: 23 } });
    expect(diagnostics.map((d) => `${d.rule}@${d.source.line}`)).toEqual(['example-response-without-status-line@23']);
  });

  test("prose naming only an error status states a condition: the example's success status is the success status", () => {
    const md = INTUNE.replace(/If successful, this method[^\n]*/, 'If the `fileSize` parameter exceeds the available quota, a `507 Insufficent Storage` response will be returned.');
    const { operation } = build(md);
    expect(operation?.successStatus).toBe(200);
    expect(operation?.statusPerExample).toBe(true);
    expect(rules(md).filter((r) => r.startsWith('example-status-differs'))).toEqual([]);
    const stated = build(INTUNE.replace('`200 OK` response code', '`201 Created` response code'));
    expect(stated.operation?.successStatus).toBe(201);
    expect(stated.operation?.statusPerExample).toBeUndefined();
  });

  test('a page with no request at all is no operation', () => {
    const { operation, diagnostics } = build('# Overview\n\nSome text.\n');
    expect(operation).toBeUndefined();
    expect(diagnostics.map((d) => d.rule)).toEqual(['operation-without-request']);
  });

  test('204 No Content and the request body type', () => {
    const md = `# Delete\n\n## HTTP request\n${F}http\nPATCH /things/{id}\n${F}\n\n## Request body\nIn the request body, supply a JSON representation of the [thing](../resources/thing.md) object.\n\n## Response\nIf successful, this method returns a \`204 No Content\` response code.\n`;
    expect(build(md).operation).toMatchObject({ method: 'PATCH', successStatus: 204, noContent: true, requestType: { name: 'thing', collection: false } });
  });
});
