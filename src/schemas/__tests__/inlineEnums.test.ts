import { describe, expect, test } from 'vitest';
import { deriveContracts } from '../../contracts/derive.js';
import { parseDoc } from '../../docs/index.js';
import { buildModel } from '../../model/build.js';
import { isPlaceholderValue } from '../../model/placeholders.js';
import { compileAll, createSchemaValidator, deriveSchemas, indexTypes, PROSE_ENUM_KEYWORD } from '../index.js';

const F = '```';
const RESOURCE = `---
title: "plannerTask resource type"
---
# plannerTask resource type

## Properties
| Property | Type | Description |
|:--|:--|:--|
| id | String | Read-only. |
| previewType | String | This sets the type of preview that shows up on the task. Possible values are: \`automatic\`, \`noPreview\`, \`checklist\`, \`description\`, \`reference\`. |
| status | String | Not nullable. Possible values are: \`working\`, \`returned\`, \`unknownFutureValue\`, \`reassigned\`. |
| labels | String collection | Possible values are **red**, **blue** or **green**. |
| channel | String | Possible values are listed in the channel topic. |
| size | Int32 | Possible values are 1 to 5. |
`;
const API = `---
doc_type: apiPageType
---
# Get plannerTask

## HTTP request
${F}http
GET /planner/tasks/{id}
${F}

## Response
If successful, this method returns a \`200 OK\` response code and a [plannerTask](../resources/plannertask.md) object in the response body.

## Example
<!-- { "blockType": "request", "name": "get_task" } -->
${F}http
GET https://graph.microsoft.com/v1.0/planner/tasks/01gzSlKkIUSUl6DF_EilrmQAKDhh
${F}
<!-- { "blockType": "response", "@odata.type": "microsoft.graph.plannerTask" } -->
${F}http
HTTP/1.1 200 OK
Content-type: application/json

{ "id": "01gzSlKkIUSUl6DF_EilrmQAKDhh", "previewType": "automatic", "status": "String", "labels": ["red"] }
${F}
`;

const pages = [parseDoc({ file: 'resources/plannertask.md', text: RESOURCE }), parseDoc({ file: 'api/plannertask-get.md', text: API })];
const model = buildModel(pages);
const index = indexTypes(model);
const { schemas } = deriveSchemas(model, index);
const { contracts } = deriveContracts(model, { index, isPlaceholder: isPlaceholderValue });
const props = schemas['plannerTask.schema.json']!.properties as Record<string, Record<string, unknown>>;

describe('"Possible values" of a String property: one enum for schemas and contracts', () => {
  test('the model derives it once, on the property, evolvable members marked; other types get none', () => {
    const byName = Object.fromEntries(model.resources['plannerTask']!.properties.map((p) => [p.name, p]));
    expect(byName['previewType']!.inlineEnum).toEqual({ members: ['automatic', 'noPreview', 'checklist', 'description', 'reference'], source: { file: 'resources/plannertask.md', line: 10 } });
    expect(byName['status']!.inlineEnum).toMatchObject({ members: ['working', 'returned', 'unknownFutureValue', 'reassigned'], evolvableFrom: 2 });
    expect(byName['labels']!.inlineEnum?.members).toEqual(['red', 'blue', 'green']);
    expect(byName['size']!.inlineEnum).toBeUndefined();
  });

  test('the schema has the enum, null where nullable, evolvable members included, and the prose mark', () => {
    expect(props['previewType']).toEqual({
      type: ['string', 'null'],
      enum: ['automatic', 'noPreview', 'checklist', 'description', 'reference', null],
      [PROSE_ENUM_KEYWORD]: { from: 'prose', source: 'resources/plannertask.md:10' },
    });
    expect(props['status']).toEqual({ type: 'string', enum: ['working', 'returned', 'unknownFutureValue', 'reassigned'], [PROSE_ENUM_KEYWORD]: { from: 'prose', source: 'resources/plannertask.md:11', evolvableFrom: 2 } });
    expect(props['labels']).toMatchObject({ type: ['array', 'null'], items: { type: 'string', enum: ['red', 'blue', 'green'] } });
    expect(props['size']).toEqual({ type: ['integer', 'null'], minimum: -2147483648, maximum: 2147483647 });
    expect(compileAll(schemas)).toEqual([]);
    const validator = createSchemaValidator(schemas);
    expect(validator.validate('plannerTask.schema.json', { previewType: 'checklist', status: 'reassigned', labels: ['blue'] })).toEqual([]);
    expect(validator.validate('plannerTask.schema.json', { previewType: 'fancy' }).map((i) => [i.pointer, i.keyword])).toEqual([['/previewType', 'enum']]);
  });

  test('the contract checks the same members the schema lists, and a placeholder example value becomes a member', () => {
    const [contract] = contracts;
    const fields = Object.fromEntries(contract!.response.enumFields.map((f) => [f.pointer, f]));
    expect(Object.keys(fields).sort()).toEqual(['/labels/*', '/previewType', '/status']);
    expect(fields['/status']).toEqual({ pointer: '/status', enum: 'plannerTask.status', members: ['working', 'returned', 'unknownFutureValue', 'reassigned'], evolvableFrom: 2 });
    for (const [pointer, field] of Object.entries(fields)) {
      const schema = props[pointer.split('/')[1]!]!;
      const listed = ((schema.items as Record<string, unknown> | undefined)?.enum ?? schema.enum) as unknown[];
      expect(listed.filter((m) => m !== null)).toEqual(field.members);
    }
    expect(contract!.response.example).toMatchObject({ status: 'working' });
    expect(createSchemaValidator(schemas).validate('plannerTask.schema.json', contract!.response.example)).toEqual([]);
  });

  test('a list that cannot be read is a diagnostic at its row, and makes no enum', () => {
    const unreadable = model.diagnostics.filter((d) => d.rule === 'possible-values-unreadable');
    expect(unreadable.map((d) => `${d.source.file}:${d.source.line}`)).toEqual(['resources/plannertask.md:13']);
    expect(unreadable[0]!.message).toContain('"Possible values are listed in the channel topic."');
    expect(props['channel']).toEqual({ type: ['string', 'null'] });
  });
});
