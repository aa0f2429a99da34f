import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';

/**
 * How a part's value is turned into bytes. `json` for values that are JSON by design (the
 * `ContractSet`): written as ASCII, every other character escaped, so that reading it back
 * decodes bytes to a one-byte string in milliseconds instead of running a UTF-8 decoder over the
 * whole payload, and written piece by piece (see `jsonPieces`). `v8` (structured clone) for
 * anything else: it keeps `undefined` members, Maps and shared references exactly as built.
 * `npm run bench:cache` measures both.
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
/** The header line is padded to this many bytes, so that it can be written after the payload it describes. */
const HEADER_BYTES = 256;
/** JSON pieces are gathered into writes of about this size. */
const CHUNK_CHARS = 1024 * 1024;

/**
 * A part file: a header line `graph-contracts-cache 1 <encoding> <key> <part> <bytes> <sha256>`
 * (padded to 256 bytes) and the payload. The length and checksum cover the payload, so a file cut
 * short by a crash, a full disk or a copy, or altered in place, is detected before it is decoded.
 */
export function encodePart(label: PartLabel, value: unknown, encoding: PartEncoding): Buffer {
  const chunks: Buffer[] = [];
  const header = emitPart(label, value, encoding, (chunk) => chunks.push(chunk));
  return Buffer.concat([header, ...chunks]);
}

/**
 * Writes a part file atomically: into a temporary file beside it, renamed over it once whole, so
 * readers see the old file or the new one and concurrent writers each rename a whole file. JSON is
 * written piece by piece, so storing the set of the whole reference needs little memory beyond
 * the set itself (write-file-atomic, used elsewhere, takes the whole payload as one buffer).
 * No fsync: a part cut short by a crash fails its length or checksum and is rebuilt.
 */
export function writePart(file: string, label: PartLabel, value: unknown, encoding: PartEncoding): void {
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temporary, 'wx');
  try {
    writeSync(fd, Buffer.alloc(HEADER_BYTES));
    const header = emitPart(label, value, encoding, (chunk) => writeSync(fd, chunk));
    writeSync(fd, header, 0, HEADER_BYTES, 0);
    closeSync(fd);
    renameSync(temporary, file);
  } catch (err) {
    try {
      closeSync(fd);
    } catch {
      // Closed already.
    }
    rmSync(temporary, { force: true });
    throw err;
  }
}

/** Hands the payload to `write` in chunks and returns the header that describes it. */
function emitPart(label: PartLabel, value: unknown, encoding: PartEncoding, write: (chunk: Buffer) => void): Buffer {
  const hash = createHash('sha256');
  let bytes = 0;
  const emit = (chunk: Buffer) => {
    hash.update(chunk);
    bytes += chunk.length;
    write(chunk);
  };
  if (encoding === 'v8') emit(serialize(value));
  else {
    let pending: string[] = [];
    let size = 0;
    const flush = () => {
      if (size > 0) emit(Buffer.from(pending.join(''), 'latin1'));
      pending = [];
      size = 0;
    };
    for (const piece of jsonPieces(value)) {
      const ascii = toAscii(piece);
      pending.push(ascii);
      size += ascii.length;
      if (size >= CHUNK_CHARS) flush();
    }
    flush();
  }
  const line = `${MAGIC} ${FORMAT} ${encoding} ${label.key} ${label.part} ${bytes} ${hash.digest('hex')}`;
  if (line.length >= HEADER_BYTES) throw new Error(`cache part header too long: ${line}`);
  return Buffer.from(`${line.padEnd(HEADER_BYTES - 1)}\n`, 'latin1');
}

/** The value a part file holds, after checking its header, length and checksum; throws `CorruptPartError`. */
export function decodePart(bytes: Buffer, expected: PartLabel): unknown {
  const end = bytes.indexOf(NEWLINE);
  if (end < 0 || end >= HEADER_BYTES) throw new CorruptPartError(bytes.length === 0 ? 'empty file' : 'no header line');
  const fields = bytes.toString('latin1', 0, end).trim().split(/ +/);
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

/**
 * `JSON.stringify(value)` in pieces: the members of the top-level object and the items or members
 * of its arrays and objects one at a time (a contract, a schema), so that no string of the whole
 * set is ever built. Joined, the pieces are exactly what `JSON.stringify` returns.
 */
export function* jsonPieces(value: unknown, depth = 0): Generator<string> {
  if (depth >= 2 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      yield* jsonPieces(value[i] === undefined || typeof value[i] === 'function' || typeof value[i] === 'symbol' ? null : value[i], depth + 1);
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const [name, member] of Object.entries(value)) {
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(name)}:`;
    first = false;
    yield* jsonPieces(member, depth + 1);
  }
  yield '}';
}

/** JSON text with every non-ASCII character as a `\u` escape (valid JSON, same value). */
function toAscii(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
