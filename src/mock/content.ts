import type { Address } from './address.js';
import type { Entity, MockStore } from './store.js';

/** File content the mock keeps beside the JSON entities (driveItem content, `$value` media). */
export interface Blob {
  bytes: Buffer;
  contentType: string;
}

/** An upload session (https://learn.microsoft.com/graph/api/driveitem-createuploadsession): where the bytes go, and what arrived. */
interface UploadSession {
  target: Address;
  chunks: Buffer[];
  received: number;
  expires: Date;
}

/** Content, pre-authenticated download tokens and upload sessions of one mock tenant. */
export class ContentStore {
  private readonly blobs = new Map<string, Blob>();
  private readonly downloads = new Map<string, string>();
  private readonly sessions = new Map<string, UploadSession>();

  get(key: string): Blob | undefined {
    return this.blobs.get(key);
  }

  set(key: string, blob: Blob): void {
    this.blobs.set(key, blob);
  }

  /** A token for a download URL of the content at `key` (Graph answers `/content` with a 302 to such a URL). */
  downloadToken(key: string, newId: () => string): string {
    const token = newId();
    this.downloads.set(token, key);
    return token;
  }

  /** The content a download token was issued for. */
  download(token: string): Blob | undefined {
    const key = this.downloads.get(token);
    return key === undefined ? undefined : this.blobs.get(key);
  }

  /** Whether this store issued `id` as a download token or an upload session still open. */
  issued(id: string): boolean {
    return this.downloads.has(id) || this.sessions.has(id);
  }

  openSession(id: string, target: Address, expires: Date): void {
    this.sessions.set(id, { target, chunks: [], received: 0, expires });
  }

  /**
   * Adds a chunk (`Content-Range: bytes <from>-<to>/<total>`) to a session. Chunks must arrive
   * in order, as the docs require; the session completes with the last byte.
   */
  addChunk(id: string, range: string | undefined, bytes: Buffer): { error: string; status: number } | { next: string } | { done: Buffer; target: Address } {
    const session = this.sessions.get(id);
    if (!session) return { status: 404, error: `Upload session '${id}' does not exist or expired.` };
    const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(range ?? '');
    if (!m) return { status: 400, error: 'Content-Range must be "bytes <from>-<to>/<total>".' };
    const [from, to, total] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (from !== session.received) return { status: 416, error: `The next expected range starts at ${session.received}, not ${from}.` };
    if (to - from + 1 !== bytes.length || to >= total) return { status: 400, error: `Content-Range ${from}-${to}/${total} does not match the ${bytes.length} bytes sent.` };
    session.chunks.push(bytes);
    session.received = to + 1;
    if (session.received < total) return { next: `${session.received}-` };
    this.sessions.delete(id);
    return { done: Buffer.concat(session.chunks), target: session.target };
  }

  /** Ends a session (DELETE on its upload URL). */
  cancel(id: string): boolean {
    return this.sessions.delete(id);
  }

  nextExpected(id: string): string | undefined {
    const session = this.sessions.get(id);
    return session ? `${session.received}-` : undefined;
  }

  clear(): void {
    this.blobs.clear();
    this.downloads.clear();
    this.sessions.clear();
  }
}

/** A file's MIME type from its name, for what OneDrive reports as `file.mimeType`. */
export function mimeTypeOf(name: string): string {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  const types: Record<string, string> = { txt: 'text/plain', json: 'application/json', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', pdf: 'application/pdf', html: 'text/html', csv: 'text/csv', xml: 'application/xml' };
  return types[ext] ?? 'application/octet-stream';
}

/**
 * Stores uploaded bytes as the content of the item at `address`, creating the item (and missing
 * folders) when path addressing named one that does not exist, and updates the item's `size`,
 * `file` and `lastModifiedDateTime`. Returns the item's key and entity.
 */
export function storeUpload(address: Address, bytes: Buffer, contentType: string | undefined, deps: { store: MockStore; content: ContentStore; newId: () => string; now: () => Date }, type = 'driveItem'): { key: string; entity: Entity } {
  const { store } = deps;
  const now = deps.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
  let key = address.key;
  if (address.pending) {
    let parent = address.pending.parentKey;
    const names = address.pending.names;
    for (const [i, name] of names.entries()) {
      const id = deps.newId();
      const item: Entity = { id, name, createdDateTime: now, lastModifiedDateTime: now, ...(i < names.length - 1 ? { folder: { childCount: 0 } } : {}) };
      key = `${parent}/${id.toLowerCase()}`;
      store.create(key, item, type);
      parent = `${key}/children`;
    }
  }
  const existing = store.get(key) ?? { id: deps.newId(), name: key.slice(key.lastIndexOf('/') + 1), createdDateTime: now };
  const name = typeof existing.name === 'string' ? existing.name : 'file';
  const mimeType = contentType && contentType !== 'application/octet-stream' ? contentType : mimeTypeOf(name);
  const entity: Entity = { ...existing, size: bytes.length, lastModifiedDateTime: now, file: { mimeType } };
  store.put(key, entity);
  deps.content.set(store.target(key), { bytes, contentType: mimeType });
  return { key, entity };
}
