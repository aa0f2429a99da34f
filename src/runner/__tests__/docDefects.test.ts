import { describe, expect, test } from 'vitest';
import type { Violation } from '../../contracts/types.js';
import type { DocFile } from '../../docs/types.js';
import { keyLineFinder } from '../../model/keyLines.js';
import { buildFromFiles } from '../../pipeline.js';
import type { CaseResult } from '../../results/types.js';
import { createSchemaValidator } from '../../schemas/index.js';
import { triageFailures } from '../docDefects.js';

// The shape of a real doc defect: a resource page types a property String (row line 9), a list
// page's example shows it as a boolean (line 21 of the page).
const resource = `---\ntitle: "textColumn resource type"\ndoc_type: resourcePageType\n---\n\n# textColumn resource type\n\n|Property|Type|Description|\n|:---|:---|:---|\n|allowMultipleLines|String|Whether to allow multiple lines.|\n|maxLength|Int32|Longest text.|\n\n<!-- {\n  "blockType": "resource",\n  "@odata.type": "microsoft.graph.textColumn"\n}\n-->\n\`\`\` json\n{ "allowMultipleLines": "string", "maxLength": 1 }\n\`\`\`\n`;
const list = `---\ntitle: "List textColumns"\ndoc_type: apiPageType\n---\n\n# List textColumns\n\n## HTTP request\n\`\`\` http\nGET /texts\n\`\`\`\n\n## Response\nIf successful, this method returns a \`200 OK\` response code and a collection of [textColumn](../resources/textcolumn.md) objects in the response body.\n\n## Example\n\`\`\` http\nGET https://graph.microsoft.com/beta/texts\n\`\`\`\n\n\`\`\` http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\n  "value": [\n    {\n      "allowMultipleLines": false,\n      "maxLength": 255\n    }\n  ]\n}\n\`\`\`\n`;
// The same defect on a generated-style GET page whose example wraps the entity in `"value"`.
const get = list
  .replace('List textColumns', 'Get textColumn')
  .replace('List textColumns', 'Get textColumn')
  .replace(/GET \/texts/, 'GET /texts/{id}')
  .replace('GET https://graph.microsoft.com/beta/texts', 'GET https://graph.microsoft.com/beta/texts/{id}')
  .replace('a collection of [textColumn](../resources/textcolumn.md) objects', 'a [textColumn](../resources/textcolumn.md) object')
  .replace('"value": [\n    {\n      "allowMultipleLines": false,\n      "maxLength": 255\n    }\n  ]', '"value": {\n    "allowMultipleLines": false\n  }');
const files: DocFile[] = [
  { file: 'resources/textcolumn.md', text: resource },
  { file: 'api/textcolumn-list.md', text: list },
  { file: 'api/textcolumn-get.md', text: get },
];
const { set, model, pages } = buildFromFiles(files, 'fixture-defects');
const validator = createSchemaValidator(set.schemas);
const contract = set.contracts.find((c) => c.id === 'textcolumn-list')!;
const lineOf = (file: string, text: string) => files.find((f) => f.file === file)!.text.split('\n').findIndex((l) => l.includes(text)) + 1;

/** A failed case with the violations the schema check reports for `body` (as it would, through the mock). */
function failed(body: { value: unknown[] }): CaseResult {
  const violations: Violation[] = body.value.flatMap((item, i) =>
    validator.validate(contract.response.schema!, item, `/value/${i}`).map((issue) => ({ check: 'response-body-matches-schema', severity: 'error' as const, source: contract.source.request, ...issue })),
  );
  expect(violations.length).toBeGreaterThan(0);
  return { id: `${contract.id}::response-body-matches-schema`, contractId: contract.id, checkId: 'response-body-matches-schema', name: 'x', operation: 'GET /texts', page: contract.page, source: contract.source.request, state: 'failed', durationMs: 0, violations };
}

const triage = (cases: CaseResult[]) => triageFailures(cases, { set, model, validator, keyLine: keyLineFinder(pages) });

describe('triageFailures', () => {
  test('a violation the page example shows itself is a doc defect naming the example line and the property row', () => {
    const { docDefects, unexplained } = triage([failed({ value: [{ allowMultipleLines: false, maxLength: 255 }] })]);
    expect(unexplained).toEqual([]);
    expect(docDefects).toHaveLength(1);
    expect(docDefects[0]).toMatchObject({
      pointer: '/value/0/allowMultipleLines',
      example: { file: 'api/textcolumn-list.md', line: lineOf('api/textcolumn-list.md', '"allowMultipleLines": false') },
      definition: { file: 'resources/textcolumn.md', line: lineOf('resources/textcolumn.md', '|allowMultipleLines|') },
    });
    expect(docDefects[0]!.reason).toContain(`resources/textcolumn.md:${lineOf('resources/textcolumn.md', '|allowMultipleLines|')} documents it as Edm.String`);
  });

  test("the reason quotes the example's value, not the value the target answered", () => {
    const { docDefects } = triage([failed({ value: [{ allowMultipleLines: true, maxLength: 255 }] })]);
    expect(docDefects).toHaveLength(1);
    expect(docDefects[0]!.reason).toContain('shows /value/*/allowMultipleLines = false,');
  });

  test('a violation the example does not show (another property, or another type) is unexplained', () => {
    const other = failed({ value: [{ allowMultipleLines: 'yes', maxLength: 'long' }] });
    const wrongType = failed({ value: [{ allowMultipleLines: 3 }] });
    const { docDefects, unexplained } = triage([other, wrongType]);
    expect(docDefects).toEqual([]);
    expect(unexplained).toEqual([other, wrongType]);
  });

  test('an example wrapping one entity in "value" is compared as the entity the mock answers', () => {
    const wrapped = set.contracts.find((c) => c.id === 'textcolumn-get')!;
    expect(wrapped.response.example).toEqual({ value: { allowMultipleLines: false } });
    const violations = validator.validate(wrapped.response.schema!, { allowMultipleLines: false }).map((i) => ({ check: 'response-body-matches-schema', severity: 'error' as const, source: wrapped.source.request, ...i }));
    const c: CaseResult = { ...failed({ value: [{ allowMultipleLines: false }] }), id: `${wrapped.id}::response-body-matches-schema`, contractId: wrapped.id, violations };
    const { docDefects, unexplained } = triage([c]);
    expect(unexplained).toEqual([]);
    expect(docDefects[0]).toMatchObject({ pointer: '/allowMultipleLines', example: { file: 'api/textcolumn-get.md' }, definition: { file: 'resources/textcolumn.md' } });
  });

  test('passed, skipped and errored cases are not triaged', () => {
    const errored = { ...failed({ value: [{ allowMultipleLines: false }] }), state: 'error' as const };
    expect(triage([errored])).toEqual({ docDefects: [], unexplained: [] });
  });
});
