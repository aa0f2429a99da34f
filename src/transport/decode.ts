import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate } from 'node:zlib';

const decoders: Record<string, (bytes: Uint8Array) => Promise<Buffer>> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};

/**
 * A body as its sender meant it, undoing `Content-Encoding` (last applied, first undone), as fetch
 * did before the live transport moved to undici's `request`, which hands over the bytes as sent.
 * Written here because undici's decompress interceptor is experimental (it warns on stderr). An
 * encoding it does not know, or bytes that do not decode, are left as they came: the checks then
 * judge what the tenant sent.
 */
export async function decodeContent(bytes: Uint8Array, contentEncoding: string | string[] | undefined): Promise<Uint8Array> {
  const codings = [contentEncoding ?? []].flat().join(',').split(',').map((c) => c.trim().toLowerCase()).filter((c) => c && c !== 'identity');
  let out = bytes;
  for (const coding of codings.reverse()) {
    const decode = decoders[coding];
    if (!decode || out.length === 0) return out;
    try {
      out = await decode(out);
    } catch {
      return bytes;
    }
  }
  return out;
}
