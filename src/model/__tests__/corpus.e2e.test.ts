import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseDoc, readDocs } from '../../docs/index.js';
import { buildModel } from '../build.js';
import type { ApiModel } from '../types.js';

// The shared beta reference (7,948 pages); never committed. Absent → skip, except under CI.
const CORPUS = process.env['GRAPH_DOCS_CORPUS'] ?? fileURLToPath(new URL('../../../../shared/corpus/graph-docs-beta-2021-07.tar.gz', import.meta.url));
const present = existsSync(CORPUS);
if (!present && process.env['CI'] === 'true') throw new Error(`Graph docs corpus not found at ${CORPUS} (set GRAPH_DOCS_CORPUS); required under CI`);

let model: ApiModel;
const lineCounts = new Map<string, number>();

describe.skipIf(!present)(`model over the beta reference corpus (${present ? CORPUS : `absent: ${CORPUS}`})`, () => {
  beforeAll(async () => {
    const { files } = await readDocs(CORPUS);
    for (const f of files) lineCounts.set(f.file, f.text.split('\n').length);
    model = buildModel(files.map(parseDoc));
  });

  test('builds operations, resources and enums of the whole reference', () => {
    expect(model.operations.length).toBeGreaterThan(4_900);
    expect(Object.keys(model.resources).length).toBeGreaterThan(2_300);
    expect(Object.keys(model.enums).length).toBeGreaterThan(750);
    expect(model.resources['user']?.properties.some((p) => p.name === 'displayName' && p.type.name === 'Edm.String')).toBe(true);
    expect(model.enums['educationSynchronizationStatus']?.members.at(-1)).toBe('unknownFutureValue');
  });

  test('keeps at least 97% of the 5,572 documented example requests', () => {
    const graphRequests = model.operations.flatMap((o) => o.examples).filter((e) => /^https:\/\/graph\.microsoft\.com\//.test(e.request.url));
    expect(graphRequests.length).toBeGreaterThanOrEqual(Math.ceil(5_572 * 0.97));
  });

  test('every diagnostic points at a real line of a real page, in sorted order', () => {
    for (const d of model.diagnostics) {
      const lines = lineCounts.get(d.source.file);
      expect(lines, `${d.rule} names ${d.source.file}`).toBeDefined();
      expect(d.source.line, `${d.rule} at ${d.source.file}:${d.source.line}`).toBeGreaterThanOrEqual(1);
      expect(d.source.line, `${d.rule} at ${d.source.file}:${d.source.line}`).toBeLessThanOrEqual(lines ?? 0);
    }
    const keys = model.diagnostics.map((d) => `${d.source.file}\u0000${String(d.source.line).padStart(6, '0')}`);
    expect(keys).toEqual([...keys].sort());
  });
});
