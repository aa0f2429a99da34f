import { isObject } from '../../util/json.js';
import { finding } from '../finding.js';
import type { Check } from '../types.js';

/**
 * Error responses carry Graph's error envelope
 * `{"error":{"code","message","innerError":{"request-id","date"}}}`
 * (https://learn.microsoft.com/graph/errors#error-resource-type). Holds trivially for 2xx.
 */
export const check: Check = {
  id: 'error-envelope',
  title: 'error envelope',
  severity: 'error',
  run({ contract, response }) {
    if (response.status < 400) return [];
    const problem = envelopeProblem(response.json);
    if (!problem) return [];
    return [
      finding(check, {
        message: `${response.status} response: ${problem}`,
        pointer: problem.startsWith('`error') ? '/error' : '',
        expected: { error: { code: 'string', message: 'string' } },
        actual: response.json ?? response.text.slice(0, 200),
        source: contract.source.page,
      }),
    ];
  },
};

/** What is wrong with a body as a Graph error envelope, or undefined when it is one. */
function envelopeProblem(body: unknown): string | undefined {
  if (!isObject(body)) return 'the body is not a JSON object with an `error` member';
  const error = body.error;
  if (!isObject(error)) return '`error` is missing or not an object';
  if (typeof error.code !== 'string' || error.code === '') return '`error.code` is missing or not a string';
  if (typeof error.message !== 'string') return '`error.message` is missing or not a string';
  if (error.innerError !== undefined && !isObject(error.innerError)) return '`error.innerError` is not an object';
  return undefined;
}
