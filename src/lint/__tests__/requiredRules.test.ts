import { describe, expect, it } from 'vitest';
import { lintFiles } from '../__helpers__/lintFiles.js';
import { md, type Docs } from '../__helpers__/testRule.js';

// A small, clean docs set; each case below breaks one thing in it.
const resourcePage = md(
  '# thing resource type', //                                                        1
  '## Properties', //                                                                2
  '| Property | Type | Description |', //                                           3
  '|:-|:-|:-|', //                                                                   4
  '| id | String | Identifier. |', //                                               5
  '| state | thingState | The state. Possible values are: `on`, `off`, `unknownFutureValue`. |', // 6
  '## JSON representation', //                                                       7
  '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.thing" } -->', // 8
  '```json', //                                                                      9
  '{ "id": "String", "state": "String" }', //                                        10
  '```', //                                                                          11
);
const apiPage = (o: { state?: string; extra?: string; status?: string; permissions?: string; annotation?: string; response?: boolean; request?: boolean; intro?: string } = {}) =>
  md(
    '# Get thing', //                                                                1
    o.intro ?? 'Get a [thing](../resources/thing.md).', //                           2
    '## Permissions', //                                                             3
    '|Permission type|Permissions|', //                                              4
    '|:--|:--|', //                                                                  5
    `|Application|${o.permissions ?? 'Thing.Read.All'}|`, //                          6
    '## HTTP request', //                                                            7
    '```http', //                                                                    8
    'GET /things/{id}', //                                                           9
    '```', //                                                                        10
    '## Response', //                                                                11
    'If successful, this method returns a `200 OK` response code and a [thing](../resources/thing.md) object in the response body.', // 12
    '## Example', //                                                                 13
    ...(o.request === false
      ? ['', '', '', '']
      : [
          o.annotation ?? '<!-- { "blockType": "request", "name": "get_thing" } -->', // 14
          '```http', //                                                              15
          'GET https://graph.microsoft.com/beta/things/1', //                        16
          '```', //                                                                  17
        ]),
    ...(o.response === false
      ? []
      : [
          '<!-- { "blockType": "response", "@odata.type": "microsoft.graph.thing" } -->', // 18
          '```http', //                                                              19
          `HTTP/1.1 ${o.status ?? '200 OK'}`, //                                     20
          'Content-Type: application/json', //                                       21
          '', //                                                                     22
          `{ "id": "1", "state": ${JSON.stringify(o.state ?? 'on')}${o.extra ?? ''} }`, // 23
          '```', //                                                                  24
        ]),
  );
const clean: Docs = { 'resources/thing.md': resourcePage, 'api/thing-get.md': apiPage() };
const warnings = (docs: Docs) => lintFiles(docs).filter((f) => f.severity !== 'hint' && f.severity !== 'info');

describe('lint rules over docs (each required rule: a failing and a passing doc)', () => {
  it('the clean docs set has no warnings', () => {
    expect(warnings(clean).map((f) => `${f.rule} ${f.source.file}:${f.source.line} ${f.message}`)).toEqual([]);
  });

  it.for([
    ['annotation-unknown-key', { 'api/thing-get.md': apiPage({ annotation: '<!-- { "blockType": "request", "name": "get_thing", "truncted": true } -->' }) }, 'api/thing-get.md:14'],
    ['annotation-malformed', { 'api/thing-get.md': apiPage({ annotation: '<!-- { "blockType": "request" "name": "x" } -->' }) }, 'api/thing-get.md:14'],
    ['example-request-without-response', { 'api/thing-get.md': apiPage({ response: false }) }, 'api/thing-get.md:16'],
    ['example-response-without-request', { 'api/thing-get.md': apiPage({ request: false }) }, 'api/thing-get.md:20'],
    ['example-placeholder-value', { 'api/thing-get.md': apiPage({ state: 'String' }) }, 'api/thing-get.md:23'],
    ['example-enum-value-undocumented', { 'api/thing-get.md': apiPage({ state: 'dimmed' }) }, 'api/thing-get.md:23'],
    ['example-property-undocumented', { 'api/thing-get.md': apiPage({ extra: ', "color": "red"' }) }, 'api/thing-get.md:23'],
    ['example-status-differs', { 'api/thing-get.md': apiPage({ status: '201 Created' }) }, 'api/thing-get.md:20'],
    ['permissions-not-stated', { 'api/thing-get.md': apiPage({ permissions: '**TODO: Provide applicable permissions.**' }) }, 'api/thing-get.md:6'],
    ['broken-resource-link', { 'api/thing-get.md': apiPage({ intro: 'Get a [thing](../resources/thingy.md).' }) }, 'api/thing-get.md:2'],
    ['odata-type-case-mismatch', { 'api/thing-get.md': apiPage({ extra: ', "@odata.type": "#microsoft.graph.Thing"' }) }, 'api/thing-get.md:23'],
    ['todo-placeholder', { 'api/thing-get.md': apiPage({ intro: '**TODO: Add description.**' }) }, 'api/thing-get.md:2'],
  ] as const)('%s', ([rule, broken, at]) => {
    expect(warnings(clean).filter((f) => f.rule === rule)).toEqual([]);
    const found = warnings({ ...clean, ...broken }).filter((f) => f.rule === rule);
    expect(found.map((f) => `${f.source.file}:${f.source.line}`)).toContain(at);
  });

  it('enum-lists-disagree: the same enum listed with other members on another page', () => {
    const other = md('# other resource type', '## Properties', '| Property | Type | Description |', '|:-|:-|:-|', '| state | thingState | Possible values are: `on`, `off`. |');
    const found = warnings({ ...clean, 'resources/other.md': other }).filter((f) => f.rule === 'enum-lists-disagree');
    expect(found.length).toBeGreaterThan(0);
  });
});
