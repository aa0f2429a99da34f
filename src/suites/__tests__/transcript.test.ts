import { describe, expect, it } from 'vitest';
import { transcriptText } from '../../reporters/utils/transcriptText.js';
import { transcriptOf } from '../transcript.js';

const range = { method: 'GET', url: '/beta/me/drive/items/1/workbook/worksheets/2/range', headers: { 'content-type': 'application/json' }, body: '{"address":"A1:B2"}' };
const answer = { status: 200, headers: { 'content-type': 'application/json' }, text: '{}', json: {}, elapsedMs: 3 };

describe('transcriptOf', () => {
  it('says when a GET went out with the body its page documents', () => {
    const t = transcriptOf('https://graph.test/', range, answer);
    expect(t.request).toMatchObject({ method: 'GET', url: 'https://graph.test/beta/me/drive/items/1/workbook/worksheets/2/range', body: '{"address":"A1:B2"}' });
    expect(t.request.note).toBe('GET request with a body, sent as the page documents it (with Content-Length)');
    expect(transcriptText(t).split('\n').slice(0, 2)).toEqual([`# ${t.request.note!}`, 'GET https://graph.test/beta/me/drive/items/1/workbook/worksheets/2/range']);
  });

  it.for([
    ['a POST with a body', { ...range, method: 'POST' }],
    ['a GET without one', { ...range, body: undefined }],
    ['a GET with an empty one', { ...range, body: '' }],
  ] as const)('adds no note for %s', ([, request]) => {
    const t = transcriptOf('https://graph.test', request, answer);
    expect(t.request.note).toBeUndefined();
    expect('note' in t.request).toBe(false);
    expect(transcriptText(t).startsWith(`${request.method} https://graph.test/beta/`)).toBe(true);
  });

  it('notes a DELETE with a body too', () => {
    expect(transcriptOf('https://graph.test', { ...range, method: 'delete' }).request.note).toBe('DELETE request with a body, sent as the page documents it (with Content-Length)');
  });
});
