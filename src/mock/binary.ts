import type { Contract } from '../contracts/types.js';
import { resolveAddress } from './address.js';
import { storeUpload, type Blob } from './content.js';
import type { Draft } from './drift.js';
import { present } from './entities.js';
import { problem } from './problems.js';
import { failure, type Exchange } from './exchange.js';
import type { MockState } from './state.js';
import type { MockRequest } from './types.js';

/** Path prefixes of the pre-authenticated URLs the mock hands out. */
const DOWNLOAD = '/_content/';
const UPLOAD = '/_upload/';

/** A placeholder picture (1×1 PNG) for `$value` media nobody uploaded. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

function bytesOf(req: MockRequest): Buffer {
  return req.bytes ?? Buffer.from(req.body ?? '', 'utf8');
}

/**
 * Download URLs (`/content` answers 302 to one) and upload-session URLs: like Graph's, they
 * carry their own authorization, so no bearer token is needed. Undefined for other paths.
 */
export function servePreAuthenticated(req: MockRequest, pathname: string, state: MockState): Draft | undefined {
  const now = () => ({ requestId: state.newId(), clientRequestId: '', date: state.now() });
  const error = (name: Parameters<typeof problem>[0], message: string, status?: number): Draft => {
    const p = problem(name, message, now());
    return { status: status ?? p.status, headers: {}, body: p.body };
  };
  if (pathname.startsWith(DOWNLOAD)) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return error('methodNotAllowed', `${req.method} is not supported on a download URL.`);
    const blob = state.content.download(decodeURIComponent(pathname.slice(DOWNLOAD.length)));
    return blob ? binary(200, blob) : error('notFound', 'The download URL is not valid (or its item was deleted).');
  }
  if (!pathname.startsWith(UPLOAD)) return undefined;
  const id = decodeURIComponent(pathname.slice(UPLOAD.length));
  if (req.method === 'DELETE') return state.content.cancel(id) ? { status: 204, headers: {} } : error('notFound', `Upload session '${id}' does not exist.`);
  if (req.method === 'GET') {
    const next = state.content.nextExpected(id);
    return next ? { status: 200, headers: {}, body: { nextExpectedRanges: [next] } } : error('notFound', `Upload session '${id}' does not exist.`);
  }
  if (req.method !== 'PUT') return error('methodNotAllowed', `${req.method} is not supported on an upload URL; send the bytes with PUT.`);
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const chunk = state.content.addChunk(id, headers['content-range'], bytesOf(req));
  if ('error' in chunk) return error(chunk.status === 404 ? 'notFound' : 'badRequest', chunk.error, chunk.status);
  if ('next' in chunk) return { status: 202, headers: {}, body: { expirationDateTime: new Date(state.now().getTime() + 3600_000).toISOString(), nextExpectedRanges: [chunk.next] } };
  const { entity } = storeUpload(chunk.target, chunk.done, undefined, state);
  return { status: 201, headers: {}, body: entity };
}

function binary(status: number, blob: Blob): Draft {
  return { status, headers: { 'content-type': blob.contentType }, bytes: blob.bytes };
}

/**
 * File content and media: `GET …/content` answers 302 to a download URL (or the bytes, where
 * the page documents 200), `PUT …/content` stores the bytes and updates the item's size,
 * `…/$value` reads and writes media bytes, `PATCH …/content` changes an existing item's content
 * (OneNote page commands), `DELETE` removes media, `POST …/createUploadSession` opens a session
 * for large files. Undefined when the request is none of these.
 */
export function serveBinary(x: Exchange, contract: Contract, segments: string[]): Draft | undefined {
  const last = segments[segments.length - 1]!.toLowerCase();
  const { state, method } = x;
  // Always served: the page's derived status (507, from an error example) is a misreading of the page.
  if (last === 'createuploadsession' && method === 'POST') {
    const target = resolveAddress(segments.slice(0, -1), state);
    const id = state.newId();
    const expires = new Date(state.now().getTime() + 3600_000);
    state.content.openSession(id, target, expires);
    // The page's status (201 for attachments, 200 for drive items); a page whose status did not parse gets 200.
    const status = contract.response.status === 200 || contract.response.status === 201 ? contract.response.status : 200;
    return { status, headers: {}, body: { uploadUrl: `${x.origin}${UPLOAD}${id}`, expirationDateTime: expires.toISOString(), nextExpectedRanges: ['0-'] } };
  }
  if (last !== 'content' && last !== '$value') return undefined;
  // Pages answering JSON at such a path (an entity property named `content`) are not media.
  const jsonish = (type: string | undefined) => type === undefined || type.includes('json');
  if (method === 'GET' && contract.response.status !== 302 && jsonish(contract.response.contentType) && contract.response.body !== 'none' && contract.response.body !== 'unknown') return undefined;
  if (method === 'PUT' && jsonish(x.headers['content-type']) && x.req.bytes === undefined && x.req.body !== undefined && x.req.body.trimStart().startsWith('{')) return undefined;
  const address = resolveAddress(segments.slice(0, -1), state);
  const key = state.store.target(address.key);
  if (method === 'GET') {
    const blob = state.content.get(key) ?? (state.store.has(key) || !hasKey(segments) ? placeholder(contract, last) : undefined);
    if (!blob) return failure(x, 'notFound', `Item '${key}' does not exist.`);
    if (contract.response.status !== 302) return binary(200, blob);
    if (!state.content.get(key)) state.content.set(key, blob);
    return { status: 302, headers: { location: `${x.origin}${DOWNLOAD}${state.content.downloadToken(key, state.newId)}` } };
  }
  if (method === 'PUT') {
    const contentType = x.headers['content-type'];
    const { entity } = storeUpload(address, bytesOf(x.req), contentType, state, contract.response.type);
    if (last === '$value') return { status: contract.response.status === 204 ? 204 : 200, headers: {} };
    const shown = contract.response.body === 'entity' ? present(entity, contract, { schemas: state.set.schemas, validator: state.validator }) : entity;
    const documented = contract.response.status >= 200 && contract.response.status < 300 ? contract.response.status : address.pending ? 201 : 200;
    return { status: documented, headers: {}, body: { '@odata.context': `https://graph.microsoft.com/${x.version}/$metadata#driveItem/$entity`, ...shown } };
  }
  // Changing content in place (OneNote page commands) or removing media: the item must exist.
  if (method === 'PATCH' || method === 'DELETE') {
    if (!state.store.has(key) && hasKey(segments)) return failure(x, 'notFound', `Item '${key}' does not exist.`);
    if (method === 'DELETE') state.content.delete(key);
    const status = contract.response.status >= 200 && contract.response.status < 300 ? contract.response.status : 204;
    return { status, headers: {} };
  }
  return undefined;
}

function hasKey(segments: string[]): boolean {
  return segments.length > 2 || segments.some((s) => s.includes(':'));
}

/** What a read of content nobody uploaded answers: the page's text example, a 1×1 picture for media, else no bytes. */
function placeholder(contract: Contract, last: string): Blob {
  const documented = contract.response.contentType && !contract.response.contentType.includes('json') ? contract.response.contentType : undefined;
  const example = contract.response.example;
  if (typeof example === 'string') return { bytes: Buffer.from(example, 'utf8'), contentType: documented ?? 'text/plain' };
  if (last === '$value' || documented?.startsWith('image/')) return { bytes: PIXEL, contentType: documented?.startsWith('image/') ? documented : 'image/png' };
  return { bytes: Buffer.alloc(0), contentType: documented ?? 'application/octet-stream' };
}
