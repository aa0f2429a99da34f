import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildFromDocs, loadBuild, loadModel, loadModels } from '../pipeline.js';

const seeds = resolve(import.meta.dirname, '../../contracts/docs');
const REPO = resolve(import.meta.dirname, '__fixtures__/graph-docs-repo');
let work: string;
let docs: string;
let notices: string[];
let cache: { dir: string; log: (line: string) => void };
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'gc-loadbuild-'));
  docs = join(work, 'docs');
  cpSync(seeds, docs, { recursive: true });
  notices = [];
  cache = { dir: join(work, 'cache'), log: (line) => notices.push(line) };
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const entryFolder = () => {
  const entries = readdirSync(join(cache.dir, 'entries'));
  expect(entries).toHaveLength(1);
  return join(cache.dir, 'entries', entries[0]!);
};
const STATUS_PAGE = 'api/educationsynchronizationprofilestatus-get.md';

describe('loadBuild through the build cache', () => {
  test('a second load reads the set the first one built', async () => {
    const cold = await loadBuild(docs, { cache });
    expect(cold.cached).toBe(false);
    const warm = await loadBuild(docs, { cache });
    expect(warm.cached).toBe(true);
    expect(warm.set).toEqual(cold.set);
    expect(warm.set).toEqual((await buildFromDocs(docs)).set);
    expect(notices).toEqual([]);
  });

  test('a changed page invalidates the entry: the next load builds the new text', async () => {
    await loadBuild(docs, { cache });
    const page = join(docs, STATUS_PAGE);
    writeFileSync(page, readFileSync(page, 'utf8').replace(/^title: .*$/m, 'title: "Changed title"'));
    const after = await loadBuild(docs, { cache });
    expect(after.cached).toBe(false);
    expect(after.set.contracts.find((c) => c.page === STATUS_PAGE)?.title).toBe('Changed title');
    expect(readdirSync(join(cache.dir, 'entries'))).toHaveLength(2);
  });

  test('another label is another entry (it is stored in the set)', async () => {
    await loadBuild(docs, { cache, label: 'a' });
    const b = await loadBuild(docs, { cache, label: 'b' });
    expect(b.cached).toBe(false);
    expect(b.set.docs).toBe('b');
  });

  test('a truncated entry is reported in one line and rebuilt, never trusted', async () => {
    const cold = await loadBuild(docs, { cache });
    const set = join(entryFolder(), 'set.part');
    truncateSync(set, readFileSync(set).length - 100);
    const again = await loadBuild(docs, { cache });
    expect(again.cached).toBe(false);
    expect(again.set).toEqual(cold.set);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^build cache: .*set\.part is damaged \(truncated: \d+ of \d+ payload bytes\); rebuilding it$/);
    const repaired = await loadBuild(docs, { cache });
    expect(repaired.cached).toBe(true);
    expect(notices).toHaveLength(1);
  });

  test('a part altered in place fails its checksum and is rebuilt', async () => {
    await loadBuild(docs, { cache });
    const set = join(entryFolder(), 'set.part');
    writeFileSync(set, readFileSync(set, 'latin1').replace('educationsynchronizationprofile-put', 'educationsynchronizationprofile-PUT'), 'latin1');
    const again = await loadBuild(docs, { cache });
    expect(again.cached).toBe(false);
    expect(again.set.contracts.map((c) => c.id)).toContain('educationsynchronizationprofile-put');
    expect(notices).toEqual([expect.stringMatching(/set\.part is damaged \(checksum mismatch\)/)]);
  });

  test('pages and model are stored once asked for, and read back equal to a fresh build', async () => {
    const fresh = await buildFromDocs(docs);
    const cold = await loadBuild(docs, { cache });
    expect(readdirSync(entryFolder())).toEqual(['set.part']);
    await cold.build();
    expect(readdirSync(entryFolder()).sort()).toEqual(['docs.part', 'model.part', 'set.part']);
    const warm = await loadBuild(docs, { cache });
    const whole = await warm.build();
    expect(whole.pages).toEqual(fresh.pages);
    expect(whole.model).toEqual(fresh.model);
    expect(whole.set).toBe(warm.set);
  });

  test('the model alone is stored and read without the pages', async () => {
    const fresh = await buildFromDocs(docs);
    expect(await (await loadBuild(docs, { cache })).model()).toEqual(fresh.model);
    expect(readdirSync(entryFolder()).sort()).toEqual(['model.part', 'set.part']);
    const warm = await loadBuild(docs, { cache });
    expect(await warm.model()).toEqual(fresh.model);
    expect(readdirSync(entryFolder()).sort()).toEqual(['model.part', 'set.part']);
    expect((await warm.build()).pages).toEqual(fresh.pages);
    expect(readdirSync(entryFolder()).sort()).toEqual(['docs.part', 'model.part', 'set.part']);
    expect(notices).toEqual([]);
  });

  test('loadModel reads the model part alone, and builds and stores it when missing', async () => {
    const fresh = await buildFromDocs(docs);
    expect(await loadModel(docs, { cache })).toEqual(fresh.model);
    expect(readdirSync(entryFolder()).sort()).toEqual(['model.part', 'set.part']);
    rmSync(join(entryFolder(), 'set.part'));
    expect(await loadModel(docs, { cache })).toEqual(fresh.model);
    expect(readdirSync(entryFolder())).toEqual(['model.part']);
    expect(await loadModel(docs)).toEqual(fresh.model);
  });

  test('setOnly holds no pages or model: build() reads or builds them when asked, and stores them', async () => {
    const fresh = await buildFromDocs(docs);
    const cold = await loadBuild(docs, { cache, setOnly: true });
    expect(cold.set).toEqual(fresh.set);
    expect(readdirSync(entryFolder())).toEqual(['set.part']);
    expect((await cold.build()).model).toEqual(fresh.model);
    expect(readdirSync(entryFolder()).sort()).toEqual(['docs.part', 'model.part', 'set.part']);
    const uncached = await loadBuild(docs, { setOnly: true });
    expect((await uncached.build()).pages).toEqual(fresh.pages);
  });

  test('a derived value is computed once per entry and read back after', async () => {
    const compute = vi.fn(() => ({ made: 'from the set', n: 3 }));
    expect(await (await loadBuild(docs, { cache })).derived('probe', compute)).toEqual({ made: 'from the set', n: 3 });
    expect(await (await loadBuild(docs, { cache })).derived('probe', compute)).toEqual({ made: 'from the set', n: 3 });
    expect(compute).toHaveBeenCalledTimes(1);
  });

  test('without a cache nothing is written and derived values are computed each time', async () => {
    const compute = vi.fn(() => 1);
    await (await loadBuild(docs)).derived('probe', compute);
    await (await loadBuild(docs)).derived('probe', compute);
    expect(compute).toHaveBeenCalledTimes(2);
    expect(() => readdirSync(cache.dir)).toThrow();
  });

  test('a cache folder that cannot be written is reported, and the command goes on', async () => {
    writeFileSync(join(work, 'blocked'), 'a file where the cache folder should be');
    const blocked = { dir: join(work, 'blocked'), log: cache.log };
    const loaded = await loadBuild(docs, { cache: blocked });
    expect(loaded.set.contracts.length).toBeGreaterThan(0);
    expect(notices).toEqual([expect.stringMatching(/^build cache: cannot write .*set\.part \(.+\); the next start builds again$/)]);
  });

  test('missing docs are named by the build, not by the cache', async () => {
    await expect(loadBuild(join(work, 'nowhere'), { cache })).rejects.toThrow(/docs not found/);
    expect(notices).toEqual([]);
  });

  test('the read limits are part of the key: a page left out under a smaller limit is never served from a build that read it', async () => {
    const whole = await loadBuild(docs, { cache });
    const limited = await loadBuild(docs, { cache, read: { maxFileBytes: 1000 } });
    expect(limited.cached).toBe(false);
    expect(limited.set.diagnostics.some((d) => d.rule === 'doc-file-too-large')).toBe(true);
    expect(limited.set.contracts.length).toBeLessThan(whole.set.contracts.length);
    expect((await loadBuild(docs, { cache, read: { maxFileBytes: 1000 } })).set).toEqual(limited.set);
    expect((await loadBuild(docs, { cache })).set).toEqual(whole.set);
    expect(readdirSync(join(cache.dir, 'entries'))).toHaveLength(2);
  });

  test("docs of both API versions: each version's pages and model come back from the cache, kept apart", async () => {
    const repo = join(work, 'repo');
    cpSync(REPO, repo, { recursive: true });
    const fresh = await buildFromDocs(repo);
    expect(fresh.versions.map((v) => v.version)).toEqual(['beta', 'v1.0']);
    await (await loadBuild(repo, { cache })).build();
    const warm = await loadBuild(repo, { cache });
    expect(warm.cached).toBe(true);
    const whole = await warm.build();
    expect(whole.versions).toEqual(fresh.versions);
    expect(whole.model).toEqual(fresh.versions[0]!.model);
    // One page object per page: a version's pages are the build's pages, not copies.
    expect(whole.versions.flatMap((v) => v.pages).every((p) => whole.pages.includes(p))).toBe(true);
    expect(await loadModels(repo, { cache })).toEqual(fresh.versions.map(({ version, model }) => ({ version, model })));
    expect(notices).toEqual([]);
  });
});
