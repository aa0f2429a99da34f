import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Violation } from '../../contracts/types.js';
import type { DocFile } from '../../docs/types.js';
import { keyLineFinder } from '../../model/keyLines.js';
import { buildFromFiles } from '../../pipeline.js';
import type { CaseResult, RunResult } from '../../results/types.js';
import { createSchemaValidator } from '../../schemas/index.js';
import { annotateDocDefects, triageFailures } from '../docDefects.js';

// The shape of a real doc defect (resources/textColumn.md:37 vs api/list-list-columns.md:119 in
// the beta docs): a resource page types a property String, a list page's example shows it as a
// boolean; a GET page shows the same inside a `"value"` wrapper, as generated pages do.
const dir = fileURLToPath(new URL('./__fixtures__/docDefects/', import.meta.url));
const files: DocFile[] = ['resources/textcolumn.md', 'api/textcolumn-list.md', 'api/textcolumn-get.md'].map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
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

describe('pages of one request', () => {
  // A second page of the same request whose own example is clean: the mock answers the
  // collection with the items of both examples, so its answer shows the first page's defect.
  const own = set.contracts.find((c) => c.id === 'textcolumn-list')!;
  const example = own.response.example as { value: Record<string, unknown>[] };
  const clean = { ...own, id: 'textcolumn-list~2', response: { ...own.response, example: { value: example.value.map((v) => ({ ...v, allowMultipleLines: 'no' })) } } };
  const input = { set: { ...set, contracts: [...set.contracts, clean] }, model, validator, keyLine: keyLineFinder(pages) };

  test("a violation another page of the request shows is that page's doc defect, named by its example line", () => {
    const c = { ...failed({ value: [{ allowMultipleLines: false }] }), id: 'textcolumn-list~2::response-body-matches-schema', contractId: 'textcolumn-list~2' };
    const { docDefects, unexplained } = triageFailures([c], input);
    expect(unexplained).toEqual([]);
    expect(docDefects[0]).toMatchObject({ caseId: c.id, example: { file: 'api/textcolumn-list.md', line: lineOf('api/textcolumn-list.md', '"allowMultipleLines": false') } });
  });
});

describe('annotateDocDefects', () => {
  test('a failed case the docs explain carries its notes; other cases are returned as they were', () => {
    const explained = failed({ value: [{ allowMultipleLines: false, maxLength: 255 }] });
    const other = { ...failed({ value: [{ allowMultipleLines: 3 }] }), id: 'other::response-body-matches-schema' };
    const passed: CaseResult = { ...explained, id: 'passed::status-code', state: 'passed', violations: [] };
    const run: RunResult = { version: 1, target: 'mock', docs: 'fixture-defects', startedAt: '2026-01-01T00:00:00.000Z', durationMs: 1, complete: true, summary: { total: 3, passed: 1, failed: 2, errors: 0, skipped: 0 }, cases: [explained, other, passed], diagnostics: [] };
    const out = annotateDocDefects(run, { set, model, validator, keyLine: keyLineFinder(pages) });
    expect(out.cases[0]!.docDefects).toEqual([
      {
        pointer: '/value/0/allowMultipleLines',
        reason: expect.stringContaining('documents it as Edm.String'),
        example: { file: 'api/textcolumn-list.md', line: lineOf('api/textcolumn-list.md', '"allowMultipleLines": false') },
        definition: { file: 'resources/textcolumn.md', line: lineOf('resources/textcolumn.md', '|allowMultipleLines|') },
      },
    ]);
    expect(out.cases[1]).toBe(other);
    expect(out.cases[2]).toBe(passed);
    expect(out.summary).toEqual(run.summary);
    expect(run.cases[0]!.docDefects).toBeUndefined();
  });
});
