import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readContractSet, renderArtifacts, stableJson, staleArtifacts, writeArtifacts } from '../artifacts/index.js';
import type { Contract, ContractSet } from '../types.js';

const contract = (id: string, pageId: string): Contract => ({
  id,
  pageId,
  page: `api/${pageId}.md`,
  title: pageId,
  origin: 'example',
  operation: { method: 'GET', pathTemplate: '/me', pathTemplates: ['/me'], version: 'beta' },
  request: { method: 'GET', path: '/me', pathParams: [], query: {}, headers: {}, placeholders: [] },
  response: { status: 200, body: 'entity', requiredFields: [], enumFields: [], placeholders: [], truncated: false, example: { z: 1, a: { y: 2, b: 3 } } },
  permissions: { delegatedWork: [], delegatedPersonal: null, application: [] },
  source: { page: { file: `api/${pageId}.md`, line: 1 }, request: { file: `api/${pageId}.md`, line: 9 } },
});
const set: ContractSet = {
  docs: 'default',
  contracts: [contract('user-get', 'user-get'), contract('user-get~2', 'user-get'), contract('group-get', 'group-get')],
  schemas: { 'user.schema.json': { $id: 'user.schema.json', title: 'user', type: 'object', properties: {} } },
  diagnostics: [
    { rule: 'b-rule', severity: 'info', message: 'm', source: { file: 'api/z.md', line: 3 } },
    { rule: 'a-rule', severity: 'info', message: 'm', source: { file: 'api/z.md', line: 3 } },
    { rule: 'a-rule', severity: 'info', message: 'm', source: { file: 'api/a.md', line: 30 } },
  ],
};
const dirs: string[] = [];
const tempRoot = async () => {
  const d = await mkdtemp(join(tmpdir(), 'gc-artifacts-'));
  dirs.push(d);
  return d;
};
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('renderArtifacts', () => {
  const files = renderArtifacts(set);
  test('one file per page, diagnostics, schemas and the index', () => {
    expect([...files.keys()].sort()).toEqual(['contracts/diagnostics.json', 'contracts/group-get.contract.json', 'contracts/user-get.contract.json', 'schemas/index.json', 'schemas/user.schema.json']);
    const page = JSON.parse(files.get('contracts/user-get.contract.json')!);
    expect(page.generated).toBe('graph-contracts build - do not edit');
    expect(page.page).toBe('api/user-get.md');
    expect(page.contracts.map((c: Contract) => c.id)).toEqual(['user-get', 'user-get~2']);
    expect(JSON.parse(files.get('schemas/index.json')!).schemas).toEqual({ user: 'user.schema.json' });
  });

  test('deterministic: sorted keys, sorted diagnostics, trailing newline', () => {
    const text = files.get('contracts/group-get.contract.json')!;
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.indexOf('"a"')).toBeLessThan(text.indexOf('"z"'));
    const diags = JSON.parse(files.get('contracts/diagnostics.json')!).diagnostics;
    expect(diags.map((d: { source: { file: string }; rule: string }) => `${d.source.file} ${d.rule}`)).toEqual(['api/a.md a-rule', 'api/z.md a-rule', 'api/z.md b-rule']);
    const shuffled = { ...set, contracts: [set.contracts[2]!, set.contracts[0]!, set.contracts[1]!], diagnostics: [...set.diagnostics].reverse() };
    expect(renderArtifacts(shuffled)).toEqual(files);
  });
});

describe('write, check and read back', () => {
  test('writes, reports stale files, removes only generated ones, reads the set back', async () => {
    const root = await tempRoot();
    await mkdir(join(root, 'contracts/docs/api'), { recursive: true });
    await writeFile(join(root, 'contracts/docs/api/user-get.md'), '# doc');
    await mkdir(join(root, 'schemas'), { recursive: true });
    await writeFile(join(root, 'schemas/gone.schema.json'), '{}');
    await writeFile(join(root, 'schemas/README.md'), 'not ours');

    const files = renderArtifacts(set);
    expect((await staleArtifacts(root, files)).filter((s) => s.reason !== 'missing')).toEqual([{ file: 'schemas/gone.schema.json', reason: 'extra' }]);
    const result = await writeArtifacts(root, files);
    expect(result.removed).toEqual(['schemas/gone.schema.json']);
    expect(result.written).toHaveLength(files.size);
    expect(await staleArtifacts(root, files)).toEqual([]);
    expect(await readdir(join(root, 'contracts/docs/api'))).toEqual(['user-get.md']);
    expect(await readFile(join(root, 'schemas/README.md'), 'utf8')).toBe('not ours');

    await writeFile(join(root, 'contracts/user-get.contract.json'), '{}\n');
    expect(await staleArtifacts(root, files)).toEqual([{ file: 'contracts/user-get.contract.json', reason: 'changed' }]);
    expect((await writeArtifacts(root, files)).written).toEqual(['contracts/user-get.contract.json']);

    const back = await readContractSet(join(root, 'contracts'), join(root, 'schemas'));
    expect(back.docs).toBe('default');
    expect(back.contracts.map((c) => c.id)).toEqual(['group-get', 'user-get', 'user-get~2']);
    expect(back.contracts[0]).toEqual(set.contracts[2]);
    expect(Object.keys(back.schemas)).toEqual(['user.schema.json']);
    expect(back.diagnostics).toHaveLength(3);
  });

  test('reading: missing contracts and broken files are runner errors naming the file', async () => {
    const root = await tempRoot();
    await expect(readContractSet(join(root, 'contracts'), join(root, 'schemas'))).rejects.toMatchObject({ code: 'CONTRACTS_NOT_FOUND' });
    await mkdir(join(root, 'contracts'));
    await writeFile(join(root, 'contracts/x.contract.json'), '{ nope');
    await expect(readContractSet(join(root, 'contracts'), join(root, 'schemas'))).rejects.toMatchObject({ code: 'ARTIFACT_INVALID', message: expect.stringContaining('x.contract.json') });
  });
});

describe('stableJson', () => {
  test.for([
    { value: { b: 1, a: [3, { d: 1, c: 2 }] }, text: '{\n  "a": [\n    3,\n    {\n      "c": 2,\n      "d": 1\n    }\n  ],\n  "b": 1\n}\n' },
    { value: { page: 'p', generated: 'g', contracts: [] }, text: '{\n  "generated": "g",\n  "contracts": [],\n  "page": "p"\n}\n' },
    { value: { x: { generated: 1, a: 2 }, u: undefined }, text: '{\n  "x": {\n    "a": 2,\n    "generated": 1\n  }\n}\n' },
    { value: 'text', text: '"text"\n' },
  ])('$text', ({ value, text }) => {
    expect(stableJson(value)).toBe(text);
  });
});
