import { describe, expect, test } from 'vitest';
import type { DocDiagnostic } from '../../docs/types.js';
import { formatDiagnostics } from '../formatDiagnostics.js';

const d = (rule: string, severity: DocDiagnostic['severity'], line: number): DocDiagnostic => ({ rule, severity, message: `${rule} at ${line}`, source: { file: 'api/a.md', line } });

describe('formatDiagnostics', () => {
  test('groups by rule, most serious then most frequent first, capped per rule', () => {
    const text = formatDiagnostics([d('hinty', 'hint', 1), d('often', 'info', 2), d('often', 'info', 3), d('often', 'info', 4), d('bad', 'error', 5)], 2);
    expect(text.split('\n')).toEqual([
      'diagnostics: 5 (error 1, warning 0, info 3, hint 1)',
      '  bad (error): 1',
      '    api/a.md:5  bad at 5',
      '  often (info): 3',
      '    api/a.md:2  often at 2',
      '    api/a.md:3  often at 3',
      '    ... 1 more',
      '  hinty (hint): 1',
      '    api/a.md:1  hinty at 1',
    ]);
  });

  test('counts only', () => {
    expect(formatDiagnostics([d('often', 'info', 2), d('often', 'info', 3)], 0)).toBe('diagnostics: 2 (error 0, warning 0, info 2, hint 0)\n  often (info): 2');
  });

  test('nothing to report', () => {
    expect(formatDiagnostics([])).toBe('diagnostics: 0');
  });
});
