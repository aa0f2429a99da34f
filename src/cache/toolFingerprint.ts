import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { hashFiles } from './fileHashes.js';

/** The tool's own code: `src/` under tsx, `dist/` when installed. */
const CODE_ROOT = resolve(import.meta.dirname, '..');
const TEST_FOLDERS = /(^|\/)__(tests|fixtures|helpers)__\//;

/**
 * What the tool is, for cache keys: its version, the Node.js and V8 it runs on (v8-encoded parts
 * are only read by the V8 that wrote them), and a hash of its own code, so that an edited checkout
 * or a patched install never reads entries written by other code under the same version number.
 */
export function toolFingerprint(stampsDir?: string): string {
  return (computed ??= compute(stampsDir));
}

/** The code does not change under a running process. */
let computed: string | undefined;

function compute(stampsDir: string | undefined): string {
  const version = (JSON.parse(readFileSync(join(CODE_ROOT, '..', 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  const files = readdirSync(CODE_ROOT, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !/\.(d\.ts|map)$/.test(e.name))
    .map((e) => relative(CODE_ROOT, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((file) => !TEST_FOLDERS.test(file))
    .sort();
  const stampsFile = stampsDir ? join(stampsDir, `tool-${createHash('sha256').update(CODE_ROOT).digest('hex').slice(0, 32)}`) : undefined;
  const { hashes } = hashFiles(CODE_ROOT, files, stampsFile ? { stampsFile } : {});
  const hash = createHash('sha256').update(`${version}\n${process.version}\n${process.versions.v8}\n`);
  for (const file of files) hash.update(`${file}\t${hashes.get(file)}\n`);
  return hash.digest('hex');
}
