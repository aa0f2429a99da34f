import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, findingsFromRun, gate, readBaseline, updateBaseline, writeBaseline } from '../index.js';
import type { Finding } from '../types.js';
import type { RunResult } from '../../results/types.js';

const finding = (rule: string, target: string, pointer: string, message = `${rule} at ${pointer}`): Finding => ({
  kind: 'lint', rule, target, pointer, severity: 'warning', message,
});
const todo = finding('todo-placeholder', 'api/a.md', '/permissions/application');
const link = finding('broken-resource-link', 'api/b.md', '/sections/Request body');

describe('applyBaseline', () => {
  it('accepts known findings and reports new ones, regardless of message text', () => {
    const base = updateBaseline([todo], undefined);
    const out = applyBaseline([{ ...todo, message: 'reworded', source: { file: 'api/a.md', line: 99 } }, link], base, '2026-01-01');
    expect(out.known.map((f) => f.rule)).toEqual(['todo-placeholder']);
    expect(out.fresh.map((f) => f.rule)).toEqual(['broken-resource-link']);
    expect(out.fixed).toEqual([]);
  });

  it('reports entries that no longer match as fixed', () => {
    const out = applyBaseline([link], updateBaseline([todo, link], undefined), '2026-01-01');
    expect(out.fresh).toEqual([]);
    expect(out.fixed.map((e) => e.target)).toEqual(['api/a.md']);
  });

  it('treats findings of an expired entry as new and lists the entry', () => {
    const base = updateBaseline([todo], undefined);
    base.entries[0]!.expires = '2026-03-01';
    expect(applyBaseline([todo], base, '2026-02-28').fresh).toEqual([]);
    const out = applyBaseline([todo], base, '2026-03-01');
    expect(out.fresh).toHaveLength(1);
    expect(out.expired.map((e) => e.rule)).toEqual(['todo-placeholder']);
  });

  it('keys on the pointer: the same rule elsewhere on the page is new', () => {
    const other = finding('todo-placeholder', 'api/a.md', '/permissions/delegatedWork');
    expect(applyBaseline([other], updateBaseline([todo], undefined), '2026-01-01').fresh).toEqual([other]);
  });
});

describe('updateBaseline', () => {
  it('is sorted, deduplicated and keeps owner, reason and expiry of surviving entries', () => {
    const first = updateBaseline([todo], undefined, { owner: 'edu-team', reason: 'docs PR pending' });
    first.entries[0]!.expires = '2027-01-01';
    const next = updateBaseline([link, todo, todo], first);
    expect(next.entries.map((e) => e.target)).toEqual(['api/a.md', 'api/b.md']);
    expect(next.entries[0]).toMatchObject({ owner: 'edu-team', reason: 'docs PR pending', expires: '2027-01-01' });
    expect(next.entries[1]).toMatchObject({ owner: 'unassigned' });
    expect(updateBaseline([todo, link], first)).toEqual(updateBaseline([link, todo], first));
  });
});

describe('baseline files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baseline-'));
  it('round-trips through disk', async () => {
    const path = join(dir, 'ok.json');
    const base = updateBaseline([todo, link], undefined);
    await writeBaseline(path, base);
    expect(await readBaseline(path)).toEqual(base);
    expect(readFileSync(path, 'utf8').endsWith('}\n')).toBe(true);
  });
  it('names the file and the entry at fault', async () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify({ version: 1, entries: [{ kind: 'lint', rule: 'x', target: 't', pointer: '' }] }));
    await expect(readBaseline(path)).rejects.toThrow(/bad\.json: entry 0 lacks string field\(s\) owner, reason/);
    writeFileSync(path, '{ nope');
    await expect(readBaseline(path)).rejects.toThrow(/bad\.json/);
  });
});

describe('findingsFromRun', () => {
  it('keys contract failures by check id, contract id and pointer', () => {
    const source = { file: 'api/a.md', line: 3 };
    const run = {
      cases: [
        { contractId: 'a-get', checkId: 'enum-member', state: 'failed', source, violations: [{ check: 'enum-member', severity: 'error', message: 'm', pointer: '/status' }] },
        { contractId: 'a-get', checkId: 'status-code', state: 'passed', source, violations: [] },
      ],
    } as unknown as RunResult;
    expect(findingsFromRun(run)).toEqual([
      { kind: 'contract', rule: 'enum-member', target: 'a-get', pointer: '/status', severity: 'error', message: 'm', source },
    ]);
  });
});

describe('gate', () => {
  const info = { ...link, severity: 'info' as const };
  it('fails on findings at or above the fail severity when there is no baseline', () => {
    expect(gate([info], { today: '2026-01-01', failSeverity: 'warning' }).pass).toBe(true);
    expect(gate([info, todo], { today: '2026-01-01', failSeverity: 'warning' }).failing).toEqual([todo]);
  });
  it('passes when the baseline accepts every relevant finding, and fails on a new one', () => {
    const baseline = updateBaseline([todo], undefined);
    expect(gate([todo, info], { baseline, today: '2026-01-01', failSeverity: 'warning' }).pass).toBe(true);
    const result = gate([todo, link], { baseline, today: '2026-01-01', failSeverity: 'warning' });
    expect([result.pass, result.failing]).toEqual([false, [link]]);
  });
});
