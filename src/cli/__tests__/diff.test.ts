import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../__helpers__/runCli.js';

const seeds = new URL('../../../contracts/docs', import.meta.url).pathname;
const resource = 'resources/educationsynchronizationprofilestatus.md';

/** A copy of the seeds with the status resource's possible values rewritten. */
function withStatusList(edit: (list: string) => string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'diff-')), 'docs');
  cpSync(seeds, dir, { recursive: true });
  const file = join(dir, resource);
  const text = readFileSync(file, 'utf8');
  const list = '`paused`, `inProgress`, `success`, `error`, `quarantined`, `validationError`';
  writeFileSync(file, text.replace(list, edit(list)));
  return dir;
}

describe('graph-contracts diff', () => {
  it('exits 0 on members added after unknownFutureValue', async () => {
    const result = await runCli('diff', seeds, withStatusList((l) => `${l}, \`unknownFutureValue\`, \`archived\``));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/ok +evolvable-enum-member-added: .*archived added after unknownFutureValue/);
    expect(result.stdout).toContain(' 0 breaking');
  });
  it('exits 1 when quarantined is removed, and says why in JSON', async () => {
    const result = await runCli('diff', seeds, withStatusList((l) => l.replace('`quarantined`, ', '')), '--format', 'json');
    expect(result.code).toBe(1);
    const diff = JSON.parse(result.stdout) as { breaking: number; changes: { kind: string; member?: string; breaking: boolean }[] };
    expect(diff.changes).toContainEqual(expect.objectContaining({ kind: 'enum-member-removed', member: 'quarantined', breaking: true }));
  });
});
