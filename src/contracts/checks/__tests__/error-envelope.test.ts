import { describe } from 'vitest';
import { getProfileStatus as contract } from '../../__tests__/__fixtures__/contracts.js';
import { testCheck } from '../../__tests__/__helpers__/testCheck.js';

const envelope = { error: { code: 'itemNotFound', message: 'not found', innerError: { 'request-id': 'r', date: '2021-01-01T00:00:00' } } };

describe('error-envelope', () => {
  testCheck('error-envelope', [
    { name: 'success responses hold trivially', contract, response: { status: 200, json: { id: 'a' } }, violations: [] },
    { name: 'a Graph error envelope', contract, response: { status: 404, json: envelope }, violations: [] },
    { name: 'problem+json is not the Graph envelope', contract, response: { status: 404, json: { title: 'Not Found', status: 404 } }, violations: [{ message: '404 response: `error` is missing or not an object', pointer: '/error' }] },
    { name: 'code must be a string', contract, response: { status: 500, json: { error: { message: 'x' } } }, violations: [{ message: /error\.code/ as never }] },
    { name: 'innerError must be an object', contract, response: { status: 429, json: { error: { code: 'c', message: 'm', innerError: 'x' } } }, violations: [{ message: /innerError/ as never }] },
    { name: 'an empty error body', contract, response: { status: 503, text: '' }, violations: [{ pointer: '', actual: '' }] },
  ]);
});
