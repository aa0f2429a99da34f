import { describe, expect, test } from 'vitest';
import { deriveContracts } from '../../contracts/derive.js';
import { parseDoc } from '../../docs/index.js';
import { deriveSchemas, indexTypes } from '../../schemas/index.js';
import { buildModel } from '../build.js';
import { isPlaceholderValue } from '../placeholders.js';
import { apiPage } from '../../../test/helpers/pages.js';

const F = '```';
const page = (file: string, text: string) => parseDoc({ file, text });
const resourcePage = (name: string, rows: string, annotation = '') => `# ${name} resource type\n\n## Properties\n| Property | Type | Description |\n|:--|:--|:--|\n${rows}\n${annotation}`;
const getPage = (name: string, path: string, type: string, body: string, collection = false) => apiPage({ name, path, type, body, collection });

describe('properties a type\'s own page lacks, taken from the other pages that show them', () => {
  const pages = [
    page('resources/chat.md', resourcePage('chat', '| id | String | Read-only. |\n| topic | String | The subject. |')),
    page('resources/teamstab.md', resourcePage('teamsTab', '| id | String | Read-only. |')),
    page('resources/mobileapp.md', resourcePage('mobileApp', '| id | String | Key. |')),
    page('resources/windowsapp.md', resourcePage('windowsApp', '| id | String | Key. Inherited from [mobileApp](mobileapp.md) |\n| supersededAppCount | Int32 | The count. Inherited from [mobileApp](mobileapp.md) |\n| publisher | String | Its own. |', 'Inherits from [mobileApp](mobileapp.md).\n')),
    page('resources/openthing.md', resourcePage('openThing', '| id | String | Key. |', `<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.openThing", "openType": true } -->\n${F}json\n{ "id": "String" }\n${F}\n`)),
    page('api/chat-get.md', getPage('chat-get', '/chats/{chat-id}', 'chat', '{ "id": "1", "topic": "x", "webUrl": "https://x", "viewpoint": { "isHidden": false }, "unreadCount": 3, "flags": ["a", "b"], "mixed": "x" }')),
    page('api/chat-list.md', getPage('chat-list', '/chats', 'chat', '{ "value": [{ "id": "2", "unreadCount": 4.5, "mixed": 1 }] }', true)),
    page('api/chat-list-tabs.md', getPage('chat-list-tabs', '/chats/{chat-id}/tabs', 'teamsTab', '{ "value": [] }', true)),
    page('api/openthing-get.md', getPage('openthing-get', '/openThings/{id}', 'openThing', '{ "id": "1", "anything": "goes" }')),
  ];
  const model = buildModel(pages);
  const props = (type: string) => Object.fromEntries(model.resources[type]!.properties.map((p) => [p.name, p]));
  const rules = (rule: string) => model.diagnostics.filter((d) => d.rule === rule).map((d) => `${d.source.file}:${d.source.line}`);

  test('response examples: each name taken once, typed by the JSON kind of every value shown', () => {
    const chat = props('chat');
    expect(Object.fromEntries(Object.entries(chat).filter(([, p]) => p.origin === 'example').map(([n, p]) => [n, `${p.type.name}${p.type.collection ? '[]' : ''}`]))).toEqual({
      webUrl: 'Edm.String',
      viewpoint: 'Edm.Untyped',
      unreadCount: 'Edm.Double',
      flags: 'Edm.String[]',
      mixed: 'Edm.Untyped',
    });
    expect(rules('resource-property-only-in-examples')).toHaveLength(5);
    // The page still lacks them: every example line stays a warning.
    expect(rules('example-property-undocumented').filter((l) => l.startsWith('api/chat-'))).toHaveLength(7);
  });

  test('open types take nothing from their examples', () => {
    expect(Object.keys(props('openThing'))).toEqual(['id']);
  });

  test('API paths: the navigation property the page id and the last segment name, typed by the response', () => {
    expect(props('chat')['tabs']).toMatchObject({ type: { name: 'teamsTab', collection: true }, navigation: true, origin: 'api-path', source: { file: 'api/chat-list-tabs.md' } });
    expect(rules('resource-property-only-in-api-paths')).toEqual(['api/chat-list-tabs.md:8']);
  });

  test('derived pages: only what they say is inherited goes to the base type', () => {
    const app = props('mobileApp');
    expect(app['supersededAppCount']).toMatchObject({ type: { name: 'Edm.Int32' }, origin: 'derived-page', source: { file: 'resources/windowsapp.md' } });
    expect(app['supersededAppCount']!.inheritedFrom).toBeUndefined();
    expect(app['publisher']).toBeUndefined();
    expect(rules('resource-property-only-on-derived-page')).toEqual(['resources/windowsapp.md:7']);
  });

  test('schemas know the names; contracts never require one known only from examples', () => {
    const index = indexTypes(model);
    const schema = deriveSchemas(model, index).schemas['chat.schema.json']!;
    expect(Object.keys(schema.properties as object)).toEqual(expect.arrayContaining(['webUrl', 'unreadCount', 'tabs']));
    const get = deriveContracts(model, { index, isPlaceholder: isPlaceholderValue }).contracts.find((c) => c.id === 'chat-get')!;
    expect(get.response.requiredFields).toEqual(['id', 'topic']);
  });
});
