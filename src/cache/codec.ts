import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';

/**
 * How a part's value is turned into bytes. `json` for values that are JSON by design (the
 * `ContractSet`, the mock's examples): written as ASCII, every other character escaped, so that
 * reading it back decodes bytes to a one-byte string in milliseconds instead of running a UTF-8
 * decoder over the whole payload (`npm run bench:cache`). `v8` (structured clone) for anything
 * else: it keeps `undefined` members, Maps and shared references exactly as built.
 */
export type PartEncoding = 'json' | 'v8';

/** What a part file must say about itself; a file that says anything else is not trusted. */
export interface PartLabel {
  /** The entry key (see `entryKey`). */
  key: string;
  /** Part name, e.g. `set`, `docs`, `derived-mock`. */
  part: string;
}

/** A part file that cannot be trusted: cut short, altered, or not ours. `reason` is one short phrase. */
export class CorruptPartError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'CorruptPartError';
  }
}

const MAGIC = 'graph-contracts-cache';
const FORMAT = 1;
const NEWLINE = 0x0a;

/**
 * A part file: one header line `graph-contracts-cache 1 <encoding> <key> <part> <bytes> <sha256>`
 * and the payload. The length and checksum cover the payload, so a file cut short by a crash, a
 * full disk or a copy, or altered in place, is detected before its bytes are decoded.
 */
export function encodePart(label: PartLabel, value: unknown, encoding: PartEncoding): Buffer {
  const payload = encoding === 'json' ? Buffer.from(asciiJson(value), 'latin1') : serialize(value);
  const sum = createHash('sha256').update(payload).digest('hex');
  const header = Buffer.from(`${MAGIC} ${FORMAT} ${encoding} ${label.key} ${label.part} ${payload.length} ${sum}\n`, 'utf8');
  return Buffer.concat([header, payload]);
}

/** The value a part file holds, after checking its header, length and checksum; throws `CorruptPartError`. */
export function decodePart(bytes: Buffer, expected: PartLabel): unknown {
  const end = bytes.indexOf(NEWLINE);
  if (end < 0 || end > 512) throw new CorruptPartError(bytes.length === 0 ? 'empty file' : 'no header line');
  const fields = bytes.toString('utf8', 0, end).split(' ');
  const [magic, format, encoding, key, part, length, sum] = fields;
  if (fields.length !== 7 || magic !== MAGIC) throw new CorruptPartError('not a cache part file');
  if (Number(format) !== FORMAT) throw new CorruptPartError(`format ${format}, expected ${FORMAT}`);
  if (key !== expected.key || part !== expected.part) throw new CorruptPartError(`holds ${part} of entry ${key}`);
  const payload = bytes.subarray(end + 1);
  if (payload.length !== Number(length)) throw new CorruptPartError(`truncated: ${payload.length} of ${length} payload bytes`);
  if (createHash('sha256').update(payload).digest('hex') !== sum) throw new CorruptPartError('checksum mismatch');
  try {
    if (encoding === 'json') return JSON.parse(payload.toString('ascii'));
    if (encoding === 'v8') return deserialize(payload);
  } catch (err) {
    throw new CorruptPartError(`undecodable ${encoding}: ${(err as Error).message}`);
  }
  throw new CorruptPartError(`unknown encoding ${encoding}`);
}

/** JSON text with every non-ASCII character as a `\u` escape (valid JSON, same value). */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
