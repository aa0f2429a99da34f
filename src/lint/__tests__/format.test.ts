import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { applyBaseline, updateBaseline } from '../../baseline/index.js';
import type { Finding } from '../../baseline/types.js';
import { formatJson, formatSarif, formatText, RULES } from '../index.js';

const findings: Finding[] = [
  { kind: 'lint', rule: 'todo-placeholder', target: 'api/a.md', pointer: '/permissions/Application', severity: 'warning', message: 'TODO', source: { file: 'api/a.md', line: 23 } },
  { kind: 'lint', rule: 'annotation-trailing-comma', target: 'api/b.md', pointer: '/sections/Example', severity: 'info', message: 'comma', source: { file: 'api/b.md', line: 4 } },
];

describe('formatSarif', () => {
  it('writes a SARIF 2.1.0 log with rules, levels, locations and fingerprints', () => {
    const log = JSON.parse(formatSarif(findings, { version: '1.2.3', docsRoot: '/docs' })) as Log;
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: 'graph-contracts', version: '1.2.3' });
    expect(run.tool.driver.rules).toHaveLength(RULES.length);
    expect(run.originalUriBaseIds?.['DOCS']?.uri).toBe('file:///docs/');
    const [first, second] = run.results!;
    expect(run.tool.driver.rules![first!.ruleIndex!]!.id).toBe('todo-placeholder');
    expect(first).toMatchObject({ level: 'warning', message: { text: 'TODO' } });
    expect(first!.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'api/a.md', uriBaseId: 'DOCS' }, region: { startLine: 23 } });
    expect(second!.level).toBe('note');
    expect(first!.partialFingerprints!['graphContracts/v1']).not.toBe(second!.partialFingerprints!['graphContracts/v1']);
    expect(first!.baselineState).toBeUndefined();
  });
  it('marks new and unchanged results against a baseline', () => {
    const outcome = applyBaseline(findings, updateBaseline([findings[0]!], undefined), '2026-01-01');
    const results = (JSON.parse(formatSarif(findings, { outcome })) as Log).runs[0]!.results!;
    expect(results.map((r) => r.baselineState)).toEqual(['unchanged', 'new']);
  });
});

describe('formatText and formatJson', () => {
  it('prints file:line, severity, rule and counts', () => {
    const text = formatText(findings);
    expect(text).toContain('api/a.md:23  warning  todo-placeholder  TODO');
    expect(text).toMatch(/ {5}1 {2}annotation-trailing-comma/);
    expect(text).toContain('2 finding(s)');
  });
  it('lists only new findings with a baseline and names fixed entries', () => {
    const base = updateBaseline([findings[0]!, { ...findings[1]!, pointer: '/gone' }], undefined);
    const outcome = applyBaseline(findings, base, '2026-01-01');
    const text = formatText(findings, { outcome });
    expect(text).not.toContain('todo-placeholder  TODO');
    expect(text).toContain('baseline: 1 known, 1 new, 1 fixed, 0 expired');
    expect(text).toContain('fixed: annotation-trailing-comma api/b.md /gone');
    expect(JSON.parse(formatJson(findings, { outcome })).findings.map((f: { baseline: string }) => f.baseline)).toEqual(['known', 'new']);
  });
});
