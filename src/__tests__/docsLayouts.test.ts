import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDocs } from '../docs/index.js';
import { buildFromDocs } from '../pipeline.js';

const root = resolve(import.meta.dirname, '../..');
const seeds = resolve(root, '../shared/seeds');
const defaultDocs = resolve(root, 'contracts/docs');

/** The seed pages as they were handed over: a flat folder, numbered names, renamed to `.md`. */
function flatSeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gc-flat-seeds-'));
  for (const name of readdirSync(seeds)) copyFileSync(join(seeds, name), join(dir, name.replace(/\.txt$/, '.md')));
  return dir;
}

/** Renames every flat file name and page id in `text` to the name the same page has in `contracts/docs/`. */
async function renamer(flatDir: string): Promise<(text: string) => string> {
  const named = (await readDocs(defaultDocs)).files;
  const pairs: [string, string][] = [];
  for (const f of (await readDocs(flatDir)).files) {
    const same = named.find((n) => n.text === f.text);
    if (!same) throw new Error(`${f.file} is none of the default docs`);
    pairs.push([f.file, same.file], [f.file.replace(/\.md$/, ''), same.file.replace(/^.*\//, '').replace(/\.md$/, '')]);
  }
  return (text) => pairs.reduce((t, [from, to]) => t.split(from).join(to), text);
}

describe.skipIf(!readdirSync(resolve(root, '..')).includes('shared'))('pages as they come', () => {
  test('the five seed pages, flat with numbered names, build the same 4 contracts and 2 schemas as contracts/docs/', async () => {
    const dir = flatSeeds();
    const [flat, named] = await Promise.all([buildFromDocs(dir), buildFromDocs(defaultDocs)]);
    expect(flat.pages.map((p) => p.kind).sort()).toEqual(['api', 'api', 'api', 'api', 'resource']);
    expect(flat.set.contracts).toHaveLength(4);
    expect(Object.keys(flat.set.schemas)).toHaveLength(2);
    const rename = await renamer(dir);
    const byId = (json: string) => (JSON.parse(json) as { id: string }[]).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(rename(JSON.stringify(flat.set.contracts)))).toEqual(byId(JSON.stringify(named.set.contracts)));
    // The two request-body rows list the same members; which one the enum cites follows path order.
    const schemas = JSON.parse(rename(JSON.stringify(flat.set.schemas))) as typeof named.set.schemas;
    const cited = (s: typeof schemas) => String(s['educationSynchronizationStatus.schema.json']!.$comment);
    expect(cited(schemas)).toMatch(/from api\/educationsynchronizationprofilestatus-(post|update)\.md:(49|48)$/);
    const withoutCitation = (s: typeof schemas) => JSON.parse(JSON.stringify(s).replace(cited(s), '')) as unknown;
    expect(withoutCitation(schemas)).toEqual(withoutCitation(named.set.schemas));
    expect(readFileSync(join(dir, '000_3c35ff9c0bc6ed60.md'), 'utf8')).toContain('doc_type: apiPageType');
  });
});
