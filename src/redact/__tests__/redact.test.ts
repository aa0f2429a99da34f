import { describe, expect, it } from 'vitest';
import { REDACTED, redact, redactHeaders, redactText, redactValue, registerSecret } from '../index.js';
import { SecretRegistry } from '../registry.js';
import { leaksOf } from '../__helpers__/leaks.js';

const JWT = 'eyJ0eXAiOiJKV1QifQ.eyJzY3AiOiJVc2VyLlJlYWQifQ.c2lnbmF0dXJl';

describe('redact: shapes of secrets', () => {
  it.each([
    ['Authorization: Bearer abc.def-ghi', `Authorization: Bearer ${REDACTED}`],
    ['{"authorization":"Bearer xyz123"}', `{"authorization":"${REDACTED}"}`],
    ['grant_type=client_credentials&client_secret=s3cr3t&scope=x', `grant_type=client_credentials&client_secret=${REDACTED}&scope=x`],
    ['client_assertion=eyJhbGc.eyJpc3M.sig&x=1', `client_assertion=${REDACTED}&x=1`],
    ['/token?code=abc123&state=1', `/token?code=${REDACTED}&state=1`],
    ['device_code=DC-1', `device_code=${REDACTED}`],
    ['{"refresh_token":"r-1","access_token":"a\\"-2","expires_in":3599}', `{"refresh_token":"${REDACTED}","access_token":"${REDACTED}","expires_in":3599}`],
    [`token ${JWT} end`, `token ${REDACTED} end`],
    ['body cut short: {"error":"x","refresh_token":"r-1", "more', `body cut short: {"error":"x","refresh_token":"${REDACTED}", "more`],
    ['{"note": "{\\"password\\": \\"hunter2\\"}"}', `{"note":"{\\"password\\":\\"${REDACTED}\\"}"}`],
    ['cut: {"note": "{\\"password\\": \\"hunter2\\"}", "x', `cut: {"note": "{\\"password\\": \\"${REDACTED}\\"}", "x`],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('keeps Graph error codes and ordinary text', () => {
    const envelope = '{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges"}}';
    expect(redact(envelope)).toBe(envelope);
  });

  it('redacts well-known secret fields at any depth of a JSON body and keeps its layout', () => {
    const body = JSON.stringify({ value: [{ id: '1', passwordProfile: { password: 'P@ssw0rd!', forceChange: true } }, { secretText: 'abc~def', hint: 'abc' }] }, null, 2);
    const clean = JSON.parse(redact(body)) as { value: [{ passwordProfile: { password: string } }, { secretText: string; hint: string }] };
    expect(clean.value[0].passwordProfile.password).toBe(REDACTED);
    expect(clean.value[1]).toEqual({ secretText: REDACTED, hint: 'abc' });
    expect(redact(body).split('\n')[1]).toBe('  "value": [');
  });

  it('walks into an object under a secret name instead of blanking it (a schema, a nested record)', () => {
    expect(redactValue({ properties: { password: { type: 'string' } }, secret: { value: 'x', token: 'abc' } })).toEqual({ properties: { password: { type: 'string' } }, secret: { value: 'x', token: REDACTED } });
  });

  it('redactText keeps printed JSON byte for byte but the secrets', () => {
    const line = '{ "password": {"type": "string"}, "note":"Bearer abc.def" }';
    expect(redactText(line)).toBe(`{ "password": {"type": "string"}, "note":"Bearer ${REDACTED}" }`);
  });

  it('blanks secret headers whatever their value', () => {
    expect(redactHeaders({ Authorization: 'anything', 'request-id': 'r-1', Cookie: 'a=b' })).toEqual({ Authorization: REDACTED, 'request-id': 'r-1', Cookie: REDACTED });
  });
});

describe('redact: registered secrets in every encoding', () => {
  const SECRET = 'sEcReT~unit-0d9f8a7b6c5e/4d3c+2b1a "quoted"';
  const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJ0aWQiOiJ0In0.bXktc2lnbmF0dXJlLW9mLWEtdG9rZW4tdGhhdC1pcy1sb25n';
  registerSecret(SECRET);
  registerSecret(TOKEN);
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const b64url = (s: string) => Buffer.from(s).toString('base64url');
  const signature = TOKEN.split('.')[2]!;
  const forms: [string, string][] = [
    ['raw', `x ${SECRET} y`],
    ['base64', b64(SECRET)],
    ['base64url', b64url(SECRET)],
    ['base64 of Bearer <token>', `Basic ${b64(`Bearer ${TOKEN}`)}`],
    ['base64url of Bearer <token>', b64url(`Bearer ${TOKEN}`)],
    ['base64 of user:secret', b64(`app:${SECRET}`)],
    ['base64 after two bytes', b64(`ab${SECRET}cd`)],
    ['encodeURIComponent', `https://x/cb?s=${encodeURIComponent(SECRET)}&t=1`],
    ['form encoding', new URLSearchParams({ s: SECRET }).toString()],
    ['lower-case percent hex', encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase())],
    ['every character percent-encoded', [...Buffer.from(SECRET)].map((b) => `%${b.toString(16)}`).join('')],
    ['twice URL-encoded', encodeURIComponent(encodeURIComponent(SECRET))],
    ['JSON-escaped', JSON.stringify({ s: SECRET })],
    ['JSON \\u escapes (.NET style)', `{"s":"${[...SECRET].map((c) => (/[a-z0-9]/i.test(c) ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`)).join('')}"}`],
    ['JSON with \\/', JSON.stringify(SECRET).replace(/\//g, '\\/')],
    ['URL-encoded base64 of the token', encodeURIComponent(b64(`Bearer ${TOKEN}`))],
    ['a JWT signature alone', `sig=${signature}`],
    ['base64 of the signature', b64(signature)],
    ['token in a JSON string in a JSON string', JSON.stringify({ outer: JSON.stringify({ t: TOKEN }) })],
  ];

  it.each(forms)('%s', (_name, text) => {
    const leaked = [SECRET, TOKEN].flatMap((s) => leaksOf(text, s));
    expect(leaked.length, 'the leak finder must see the secret in the input').toBeGreaterThan(0);
    const clean = redact(text);
    expect(clean).toContain(REDACTED);
    expect([SECRET, TOKEN].flatMap((s) => leaksOf(clean, s))).toEqual([]);
  });

  it('reaches strings and keys of any value', () => {
    expect(redactValue({ nested: [`x ${SECRET}`], [TOKEN]: 1, accessToken: 'short' })).toEqual({ nested: [`x ${REDACTED}`], [REDACTED]: 1, accessToken: REDACTED });
  });
});

describe('SecretRegistry', () => {
  it('ignores values too short to be secrets and tells listeners of new ones once', () => {
    const registry = new SecretRegistry();
    const heard: string[] = [];
    registry.onAdd((v) => heard.push(v));
    registry.add('short');
    registry.add('long-enough-secret');
    registry.add('long-enough-secret');
    expect(heard).toEqual(['long-enough-secret']);
    expect(registry.replace('a short long-enough-secret')).toBe(`a short ${REDACTED}`);
  });

  it('registers a JWT and its signature, and replaces the longer form whole', () => {
    const registry = new SecretRegistry();
    registry.add(JWT);
    expect(registry.values()).toEqual([JWT, 'c2lnbmF0dXJl']);
    expect(registry.replace(`a ${JWT} b c2lnbmF0dXJl`)).toBe(`a ${REDACTED} b ${REDACTED}`);
  });
});
