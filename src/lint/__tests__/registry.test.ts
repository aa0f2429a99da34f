import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINT_RULES, RULES } from '../rules/index.js';
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
});
