import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkById } from '../../contracts/checks/index.js';
import { checkContext } from '../../contracts/context.js';
import { runCheck } from '../../contracts/runCheck.js';
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
// Pages beside those (kept apart: the run test builds the folder above as its docs).
const more = fileURLToPath(new URL('./__fixtures__/docDefectTypes/', import.meta.url));
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

describe('a type the page example names where its pages declare another', () => {
  // The shape of api/directoryobject-delta.md: the page declares a `user` collection and its
  // example lists an orgContact, whose page here names `entity` as its base type (in the beta
  // docs its prose says directoryObject, which the model takes), so the docs place it under neither.
  const typeFiles: DocFile[] = ['resources/entity.md', 'resources/directoryobject.md', 'resources/user.md', 'resources/orgcontact.md', 'api/directoryobject-delta.md', 'api/user-list.md'].map((file) => ({ file, text: readFileSync(join(more, file), 'utf8') }));
  const typed = buildFromFiles(typeFiles, 'fixture-types');
  const typedValidator = createSchemaValidator(typed.set.schemas);
  const input = { set: typed.set, model: typed.model, validator: typedValidator, keyLine: keyLineFinder(typed.pages) };
  const schemaCheck = checkById('response-body-matches-schema')!;
  const lineIn = (file: string, text: string) => typeFiles.find((f) => f.file === file)!.text.split('\n').findIndex((l) => l.includes(text)) + 1;

  /** The case the schema check fails for `json` as the answer to `id`'s request. */
  function judged(id: string, json: unknown): CaseResult {
    const contract = typed.set.contracts.find((c) => c.id === id)!;
    const response = { status: 200, headers: { 'content-type': 'application/json' }, text: JSON.stringify(json), json, elapsedMs: 0 };
    const ctx = checkContext({ contract, request: { method: 'GET', url: `/beta${contract.request.path}`, headers: {} }, response, target: 'mock', validator: typedValidator, schemas: typed.set.schemas });
    const violations = (runCheck(schemaCheck, ctx) ?? []).filter((v) => v.severity === 'error');
    expect(violations.map((v) => v.pointer)).toEqual(['/value/1/@odata.type']);
    return { id: `${id}::${schemaCheck.id}`, contractId: id, checkId: schemaCheck.id, name: id, operation: 'GET', page: contract.page, source: contract.source.request, state: 'failed', durationMs: 0, violations };
  }
  const contact = { '@odata.type': '#microsoft.graph.orgContact', id: '2', displayName: 'Contoso' };
  const user = { '@odata.type': '#microsoft.graph.user', id: '1', displayName: 'John' };

  test("the page's own example naming it is a doc defect naming the example and the named type's page", () => {
    const { docDefects, unexplained } = triageFailures([judged('directoryobject-delta', { value: [user, contact] })], input);
    expect(unexplained).toEqual([]);
    expect(docDefects).toHaveLength(1);
    const exampleLine = typed.set.contracts.find((c) => c.id === 'directoryobject-delta')!.source.response!.line;
    expect(docDefects[0]).toMatchObject({ pointer: '/value/1/@odata.type', example: { file: 'api/directoryobject-delta.md', line: exampleLine }, definition: { file: 'resources/orgcontact.md' } });
    expect(docDefects[0]!.reason).toBe(
      `the page's example at api/directoryobject-delta.md:${exampleLine} shows /value/* with @odata.type orgContact where the page documents user, but resources/orgcontact.md:${lineIn('resources/orgcontact.md', '# orgContact')} documents orgContact as derived from entity: neither user nor a type derived from it`,
    );
  });

  test('a page whose example shows no such type leaves the failure unexplained', () => {
    const foreign = judged('user-list', { value: [user, contact] });
    const { docDefects, unexplained } = triageFailures([foreign], input);
    expect(docDefects).toEqual([]);
    expect(unexplained).toEqual([foreign]);
  });
});

describe('a DELETE that another page of the same request made earlier in the run', () => {
  // Several pages document DELETE of one resource (a singleton such as `…/presentation`): the
  // first case removes it, the next finds nothing, as on Graph.
  const base = set.contracts.find((c) => c.id === 'textcolumn-list')!;
  const del = (id: string, page: string, path = '/texts/presentation'): typeof base => ({ ...base, id, page, request: { ...base.request, method: 'DELETE', path, query: {} }, response: { ...base.response, status: 204, body: 'none' } });
  const first = del('a-delete', 'api/a-delete.md');
  const second = del('b-delete', 'api/b-delete.md');
  const elsewhere = del('c-delete', 'api/c-delete.md', '/texts/other');
  const input = { set: { ...set, contracts: [first, second, elsewhere] }, model, validator, keyLine: keyLineFinder(pages) };
  const status = (id: string, state: 'passed' | 'failed', actual?: number): CaseResult => ({
    id: `${id}::status-code-documented`, contractId: id, checkId: 'status-code-documented', name: id, operation: 'DELETE', page: `api/${id}.md`, source: base.source.request, state, durationMs: 0,
    violations: actual === undefined ? [] : [{ check: 'status-code-documented', severity: 'error', message: `status ${actual} is not documented`, expected: [204], actual, source: base.source.request }],
  });

  test('its 404 is explained, naming the page whose case deleted it', () => {
    const { docDefects, unexplained } = triageFailures([status('a-delete', 'passed'), status('b-delete', 'failed', 404)], input);
    expect(unexplained).toEqual([]);
    expect(docDefects).toHaveLength(1);
    expect(docDefects[0]!.reason).toContain('2 pages document this one DELETE (api/a-delete.md too)');
  });

  test('unexplained when no page of the request deleted it in this run, for another path, or for another status', () => {
    const alone = triageFailures([status('a-delete', 'failed', 404), status('b-delete', 'failed', 404)], input);
    expect(alone.docDefects).toEqual([]);
    const other = triageFailures([status('a-delete', 'passed'), status('c-delete', 'failed', 404), status('b-delete', 'failed', 500)], input);
    expect(other.docDefects).toEqual([]);
    expect(other.unexplained).toHaveLength(2);
  });
});

test("a value the page's request example sends, answered back by a create, is cited at the request example's line", () => {
  const createFiles: DocFile[] = [join(dir, 'resources/textcolumn.md'), join(more, 'api/textcolumn-create.md')].map((path) => ({ file: path.slice(path.lastIndexOf('/', path.lastIndexOf('/') - 1) + 1), text: readFileSync(path, 'utf8') }));
  const built = buildFromFiles(createFiles, 'fixture-create');
  const create = built.set.contracts.find((c) => c.id === 'textcolumn-create')!;
  const check = createSchemaValidator(built.set.schemas);
  const violations = check.validate(create.response.schema!, { maxLength: 255, allowMultipleLines: false }).map((i) => ({ check: 'response-body-matches-schema', severity: 'error' as const, source: create.source.request, ...i }));
  const c: CaseResult = { id: `${create.id}::response-body-matches-schema`, contractId: create.id, checkId: 'response-body-matches-schema', name: 'x', operation: 'POST /texts', page: create.page, source: create.source.request, state: 'failed', durationMs: 0, violations };
  const { docDefects } = triageFailures([c], { set: built.set, model: built.model, validator: check, keyLine: keyLineFinder(built.pages) });
  const line = createFiles[1]!.text.split('\n').findIndex((l) => l.includes('"allowMultipleLines": false')) + 1;
  expect(docDefects).toHaveLength(1);
  expect(docDefects[0]!.example).toEqual({ file: 'api/textcolumn-create.md', line });
  expect(docDefects[0]!.reason).toContain(`the page's request example at api/textcolumn-create.md:${line} sends /allowMultipleLines = false`);
});
