import { describe, expect, it } from 'vitest';
import { contract } from '../../../live/__helpers__/contract.js';
import { deniedViolations } from '../request-denied.js';

const c = contract('GET', '/things', { application: null });
const res = (status: number, json?: unknown) => ({ status, headers: {}, text: '', json, elapsedMs: 1 });
const envelope = { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } };

describe('deniedViolations', () => {
  it.each([
    ['403 with the envelope', res(403, envelope), []],
    ['401 with the envelope', res(401, envelope), []],
    ['200: the docs are wrong or the permission is broader', res(200, { value: [] }), ['expected the request to be denied (401 or 403) because the docs say this permission type is not supported, got 200', 'denial without the Graph error envelope {"error":{"code","message"}}']],
    ['403 without the envelope', res(403, { message: 'no' }), ['denial without the Graph error envelope {"error":{"code","message"}}']],
  ])('%s', (_n, response, messages) => {
    const v = deniedViolations(c, response);
    expect(v.map((x) => x.message)).toEqual(messages);
    expect(v.every((x) => x.check === 'request-denied' && x.source?.file === 'api/x.md')).toBe(true);
  });
});
