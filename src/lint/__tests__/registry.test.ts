import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINT_RULES, RULES, ruleById } from '../rules/index.js';
import { SEVERITIES } from '../../severity.js';

describe('rule registry', () => {
  it('has unique kebab-case ids, a known severity and a one-line description per rule', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(SEVERITIES).toContain(r.severity);
      expect(r.description).toMatch(/^[A-Z].*\.$/);
      expect(r.description).not.toContain('\n');
    }
  });
  it('has one file per lint rule, named by its id', () => {
    const files = readdirSync(new URL('../rules/', import.meta.url)).filter((f) => f.endsWith('.ts') && !['index.ts', 'described.ts'].includes(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(LINT_RULES.map((r) => r.id).sort());
    expect(LINT_RULES.every((r) => r.origin === 'lint' && typeof r.run === 'function')).toBe(true);
  });
  it('describes every rule id the build stages can report', () => {
    const src = new URL('../../', import.meta.url);
    const ids = new Set<string>();
    for (const stage of ['docs', 'model', 'schemas', 'contracts']) {
      const files = readdirSync(new URL(`${stage}/`, src), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.includes('__'));
      for (const f of files) {
        const text = readFileSync(new URL(`${stage}/${f}`, src), 'utf8');
        for (const m of text.matchAll(/(?:diagnostic\(\s*|rule:\s*)'([a-z]+(?:-[a-z]+)+)'/g)) ids.add(m[1]!);
        for (const m of text.matchAll(/'(example-json-[a-z-]+)'/g)) ids.add(m[1]!);
      }
    }
    expect(ids.size).toBeGreaterThan(20);
    expect([...ids].filter((id) => !ruleById(id)).sort()).toEqual([]);
  });
});
