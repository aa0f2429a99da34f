// Builds the whole shared Graph beta reference (7,948 pages): no crash, every schema compiles,
// at least 97% of the documented example requests become contracts. Counts per diagnostic rule
// are snapshotted, so a parser or model change that moves them shows up in review.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { readDocs } from '../src/docs/index.js';
import type { DocFile } from '../src/docs/types.js';
import { buildFromFiles, type Build } from '../src/pipeline.js';
import { compileAll, createSchemaValidator } from '../src/schemas/index.js';
import { CORPUS_TARBALL } from './helpers/corpus.js';

const corpus = CORPUS_TARBALL;
const present = existsSync(corpus);
/** Fenced example requests in the beta api pages, counted by hand for issue 2. */
const REFERENCE_EXAMPLE_REQUESTS = 5572;

if (!present && process.env.CI === 'true') {
  test('Graph docs corpus is present', () => {
    expect.fail(`corpus not found at ${corpus}; CI must provide it (or set GRAPH_DOCS_CORPUS)`);
  });
}

/**
 * Fences in `api/` pages whose first line is `METHOD https://...`, counted on the raw text
 * (independently of the parser, so parser misses lower the contract count, not the reference).
 */
function countExampleRequests(files: DocFile[]): number {
  let n = 0;
  for (const f of files) {
    if (!f.file.startsWith('api/')) continue;
    const lines = f.text.split(/\r?\n/);
    let fence: string | undefined;
    for (let i = 0; i < lines.length; i++) {
      const m = /^\s*(`{3,}|~{3,})/.exec(lines[i]!);
      if (!m) continue;
      if (fence === undefined) {
        fence = m[1]![0];
        if (/^\s*(GET|POST|PUT|PATCH|DELETE)\s+https:\/\//.test(lines[i + 1] ?? '')) n++;
      } else if (m[1]![0] === fence) fence = undefined;
    }
  }
  return n;
}

if (!present) console.warn(`test/corpus.test.ts SKIPPED: no Graph docs corpus at ${corpus} (set GRAPH_DOCS_CORPUS)`);

describe.skipIf(!present)('corpus build', () => {
  let files: DocFile[];
  let build: Build;
  beforeAll(async () => {
    files = (await readDocs(corpus)).files;
    build = buildFromFiles(files, 'corpus');
  }, 300_000);

  test('builds every page into contracts: >= 97% of the reference example requests', () => {
    const n = countExampleRequests(files);
    const m = build.set.contracts.length;
    console.log(`example_requests=${n} contracts=${m} pages=${build.pages.length} diagnostics=${build.set.diagnostics.length}`);
    expect(build.pages.length).toBe(files.length);
    expect(m).toBeGreaterThanOrEqual(Math.ceil(0.97 * REFERENCE_EXAMPLE_REQUESTS));
    expect(new Set(build.set.contracts.map((c) => c.id)).size).toBe(m);
  });

  test('every schema compiles in ajv', () => {
    expect(Object.keys(build.set.schemas).length).toBeGreaterThan(2000);
    expect(compileAll(build.set.schemas)).toEqual([]);
  }, 300_000);

  test('documented response examples validate against the derived schemas (>= 90%)', () => {
    const validator = createSchemaValidator(build.set.schemas);
    let checked = 0;
    let invalid = 0;
    for (const c of build.set.contracts) {
      const { schema, example, body } = c.response;
      if (!schema || example === undefined) continue;
      const items = body === 'collection' ? (example as { value?: unknown }).value : [example];
      if (!Array.isArray(items)) continue;
      checked++;
      if (items.some((item) => validator.validate(schema, item).length > 0)) invalid++;
    }
    console.log(`response_examples_checked=${checked} response_examples_invalid=${invalid}`);
    expect(checked).toBeGreaterThan(3000);
    expect(invalid / checked).toBeLessThanOrEqual(0.1);
  }, 300_000);

  test('diagnostic counts per rule', () => {
    const byRule: Record<string, number> = {};
    for (const d of build.set.diagnostics) byRule[d.rule] = (byRule[d.rule] ?? 0) + 1;
    expect(Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => (a < b ? -1 : 1)))).toMatchSnapshot();
  });
});
