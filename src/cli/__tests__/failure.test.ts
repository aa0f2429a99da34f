import { CommanderError } from 'commander';
import { describe, expect, test } from 'vitest';
import { DocsNotFoundError } from '../../errors.js';
import { failureOf } from '../failure.js';

describe('how the CLI ends on an error', () => {
  test('an internal error is one line: name, first message line and where it was thrown; no stack', () => {
    const err = new TypeError('cannot read x\nof undefined');
    const { code, lines } = failureOf(err, {});
    expect(code).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^graph-contracts: internal error: TypeError: cannot read x \(at .*failure\.test\.ts:\d+:\d+\); GRAPH_CONTRACTS_DEBUG=1 shows the stack$/);
  });

  test('GRAPH_CONTRACTS_DEBUG adds the stack', () => {
    const { lines } = failureOf(new Error('boom'), { GRAPH_CONTRACTS_DEBUG: '1' });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('failure.test.ts');
  });

  test('a thrown non-Error and a RunnerError are one line each; commander help exits 0 silently', () => {
    expect(failureOf('plain', {}).lines).toEqual([expect.stringMatching(/^graph-contracts: internal error: Error: plain( \(at [^)]+\))?; GRAPH_CONTRACTS_DEBUG=1 shows the stack$/)]);
    const runner = failureOf(new DocsNotFoundError('docs not found: x'), {});
    expect(runner).toEqual({ code: 2, lines: ['graph-contracts: docs not found: x [DOCS_NOT_FOUND]'] });
    expect(failureOf(new CommanderError(0, 'commander.helpDisplayed', ''), {})).toEqual({ code: 0, lines: [] });
    expect(failureOf(new CommanderError(1, 'commander.unknownOption', ''), {})).toEqual({ code: 2, lines: [] });
  });
});
