import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { ConfigError } from '../errors.js';
import { parseCsdl } from './parse.js';
import type { CsdlModel } from './types.js';

/** Reads a CSDL `$metadata` file (`.xml`, or gzip-compressed `.xml.gz`) into a `CsdlModel`. */
export async function readCsdl(path: string): Promise<CsdlModel> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new ConfigError('--metadata', `cannot read CSDL metadata file ${path}: ${(err as Error).message}`, { cause: err });
  }
  // Sniff the gzip magic number rather than trusting the file name.
  const xml = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
  try {
    return parseCsdl(xml);
  } catch (err) {
    throw new ConfigError('--metadata', `${path} is not a CSDL $metadata document: ${(err as Error).message}`, { cause: err });
  }
}
