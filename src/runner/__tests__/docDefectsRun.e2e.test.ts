import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { printRun } from '../../cli/printRun.js';
import type { RunResult } from '../../results/types.js';
import { httpTarget } from '../../target/http.js';
import type { OpenTarget } from '../../target/types.js';
import { runContracts } from '../runContracts.js';

// A target that answers each documented request with the page's own response example, verbatim
// (the embedded mock repairs example values that break their schema, so it is not used here).
const docs = fileURLToPath(new URL('./__fixtures__/docDefects/', import.meta.url));
const answerWithExamples: OpenTarget = async (_kind, set) => {
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]!.replace(/^\/beta/, '');
    const contract = set.contracts.find((c) => new RegExp(`^${c.request.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path));
    res.writeHead(contract ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(contract ? { ...(contract.response.example as object) } : { error: { code: 'NotFound', message: path } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { description: httpTarget(`http://127.0.0.1:${port}`, { fixtures: { default: 'x' } }), close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
};

describe('run: failures the docs explain', () => {
  test('carry their doc defects into results.json and onto the console; the case still fails', async () => {
    const reportsDir = mkdtempSync(join(tmpdir(), 'gc-defects-'));
    const result = await runContracts({ docs, reportsDir, open: answerWithExamples, maxWorkers: 1 });
    const run = JSON.parse(readFileSync(join(reportsDir, 'results.json'), 'utf8')) as RunResult;
    const failed = run.cases.filter((c) => c.state === 'failed');
    expect(failed.map((c) => c.id)).toEqual(['textcolumn-list::response-body-matches-schema']);
    const page = readFileSync(join(docs, 'api/textcolumn-list.md'), 'utf8').split('\n');
    const table = readFileSync(join(docs, 'resources/textcolumn.md'), 'utf8').split('\n');
    const exampleLine = page.findIndex((l) => l.includes('"allowMultipleLines": false')) + 1;
    const rowLine = table.findIndex((l) => l.startsWith('|allowMultipleLines|')) + 1;
    expect(failed[0]!.docDefects).toEqual([
      {
        pointer: '/value/0/allowMultipleLines',
        reason: `the page's example at api/textcolumn-list.md:${exampleLine} shows /value/*/allowMultipleLines = false, but resources/textcolumn.md:${rowLine} documents it as Edm.String`,
        example: { file: 'api/textcolumn-list.md', line: exampleLine },
        definition: { file: 'resources/textcolumn.md', line: rowLine },
      },
    ]);
    expect(run.cases.filter((c) => c.state !== 'failed').every((c) => c.docDefects === undefined)).toBe(true);

    const err: string[] = [];
    const out: string[] = [];
    printRun(result, (l) => out.push(l), (l) => err.push(l));
    expect(err).toContain(`    doc defect: ${failed[0]!.docDefects![0]!.reason}`);
    expect(err).toContain("1 of 1 failed cases are doc defects: the page's own example breaks the type its pages document (fix the docs; `docDefects` in results.json)");
    expect(out.at(-1)).toMatch(/^\d+ passed, 1 failed, \d+ skipped, 0 errors \(\d+ cases, \d+ contracts?, \d+ operations?, 1 doc defect\)$/);
  });
});
