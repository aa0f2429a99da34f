import { describe } from 'vitest';
import { deleteProfile, getProfileStatus as contract } from '../../__tests__/__fixtures__/contracts.js';
import { testCheck } from '../../__tests__/__helpers__/testCheck.js';

describe('content-type-json', () => {
  testCheck('content-type-json', [
    { name: 'plain application/json', contract, response: { status: 200, json: {} }, violations: [] },
    {
      name: 'parameters and case are ignored',
      contract,
      response: { status: 200, json: {}, headers: { 'content-type': 'Application/JSON; odata.metadata=minimal; charset=utf-8' } },
      violations: [],
    },
    {
      name: 'content the page documents without a type (`/$value` bytes) may come as any media type',
      contract: { ...contract, request: { ...contract.request, path: '/me/photo/$value' }, response: { ...contract.response, body: 'unknown', contentType: undefined } },
      response: { status: 200, text: 'PNG', headers: { 'content-type': 'image/png' } },
      violations: [],
    },
    {
      name: 'text/plain is a violation',
      contract,
      response: { status: 200, text: 'hello', headers: { 'content-type': 'text/plain' } },
      violations: [{ message: 'Content-Type is text/plain, not application/json', actual: 'text/plain' }],
    },
    {
      name: 'a missing header is a violation',
      contract,
      response: { status: 200, json: {}, headers: {} },
      violations: [{ message: 'the response has no Content-Type header', actual: null }],
    },
    { name: 'no documented body and none sent: not applicable', contract: deleteProfile, response: { status: 204, headers: {} }, violations: 'n/a' },
    {
      name: 'a documented body that does not arrive',
      contract,
      response: { status: 200, headers: {} },
      violations: [{ message: 'a educationSynchronizationProfileStatus body is documented, but the response has none', actual: '(empty)' }],
    },
    { name: 'an empty error response is not judged here', contract, response: { status: 404, headers: {} }, violations: 'n/a' },
    {
      name: 'a documented non-JSON type is what must come back',
      contract: { ...contract, response: { ...contract.response, contentType: 'application/xml' } },
      response: { status: 200, text: '<TrustFrameworkPolicy/>', headers: { 'content-type': 'application/xml; charset=utf-8' } },
      violations: [],
    },
    {
      name: 'JSON where XML is documented',
      contract: { ...contract, response: { ...contract.response, contentType: 'application/xml' } },
      response: { status: 200, json: {} },
      violations: [{ message: 'Content-Type is application/json, not application/xml', expected: 'application/xml' }],
    },
    { name: 'no body documented: no test for it', contract: deleteProfile, response: { status: 200, text: '<html/>', headers: { 'content-type': 'text/html' } }, violations: 'n/a' },
  ]);
});
