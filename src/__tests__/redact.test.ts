import { describe, expect, it } from 'vitest';
import { REDACTED, redact, redactHeaders, redactValue, registerSecret } from '../redact.js';

const JWT = 'eyJ0eXAiOiJKV1QifQ.eyJzY3AiOiJVc2VyLlJlYWQifQ.c2lnbmF0dXJl';

describe('redact', () => {
  it.each([
    ['Authorization: Bearer abc.def-ghi', `Authorization: Bearer ${REDACTED}`],
    ['{"authorization":"Bearer xyz123"}', `{"authorization":"Bearer ${REDACTED}"}`],
    ['grant_type=client_credentials&client_secret=s3cr3t&scope=x', `grant_type=client_credentials&client_secret=${REDACTED}&scope=x`],
    ['client_assertion=eyJhbGc.eyJpc3M.sig&x=1', `client_assertion=${REDACTED}&x=1`],
    ['/token?code=abc123&state=1', `/token?code=${REDACTED}&state=1`],
    ['device_code=DC-1', `device_code=${REDACTED}`],
    ['{"refresh_token":"r-1","access_token":"a\\"-2","expires_in":3599}', `{"refresh_token":"${REDACTED}","access_token":"${REDACTED}","expires_in":3599}`],
    [`token ${JWT} end`, `token ${REDACTED} end`],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('keeps Graph error codes and ordinary text', () => {
    const envelope = '{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges"}}';
    expect(redact(envelope)).toBe(envelope);
  });

  it('removes registered secrets wherever they appear', () => {
    registerSecret('opaque-secret-value-42');
    expect(redact('failed with opaque-secret-value-42 in it')).toBe(`failed with ${REDACTED} in it`);
    expect(redactValue({ nested: ['x opaque-secret-value-42'] })).toEqual({ nested: [`x ${REDACTED}`] });
  });

  it('blanks secret headers whatever their value', () => {
    expect(redactHeaders({ Authorization: 'anything', 'request-id': 'r-1', Cookie: 'a=b' })).toEqual({ Authorization: REDACTED, 'request-id': 'r-1', Cookie: REDACTED });
  });
});
