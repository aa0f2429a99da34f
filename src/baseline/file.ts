import { readFile, writeFile } from 'node:fs/promises';
import { ConfigError } from '../errors.js';
import type { Baseline, BaselineEntry, Finding } from './types.js';
import { updateBaseline, type NewEntryDefaults } from './update.js';

const REQUIRED = ['kind', 'rule', 'target', 'pointer', 'owner', 'reason'] as const;

/** Reads and checks a baseline file; a bad file is a `ConfigError` naming the file and entry. */
export async function readBaseline(path: string): Promise<Baseline> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new ConfigError('--baseline', `cannot read baseline ${path}: ${(err as Error).message}`, { cause: err });
  }
  return checkBaseline(data, path);
}

/** Validates parsed baseline JSON (hand-written: ajv stays in src/schemas, and the shape is tiny). */
export function checkBaseline(data: unknown, path: string): Baseline {
  const fail = (what: string): never => {
    throw new ConfigError('--baseline', `baseline ${path}: ${what}`);
  };
  const doc = data as Partial<Baseline> | null;
  if (!doc || typeof doc !== 'object' || doc.version !== 1 || !Array.isArray(doc.entries)) {
    return fail('expected { "version": 1, "entries": [...] }');
  }
  doc.entries.forEach((e: Partial<BaselineEntry>, i) => {
    const missing = REQUIRED.filter((k) => typeof e?.[k] !== 'string');
    if (missing.length > 0) fail(`entry ${i} lacks string field(s) ${missing.join(', ')}`);
    if (e.kind !== 'lint' && e.kind !== 'contract') fail(`entry ${i}: kind must be "lint" or "contract"`);
    if (e.expires !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(e.expires))) fail(`entry ${i}: expires must be YYYY-MM-DD`);
  });
  return doc as Baseline;
}

/** Writes a baseline as stable, indented JSON with a trailing newline. */
export async function writeBaseline(path: string, baseline: Baseline): Promise<void> {
  await writeFile(path, `${JSON.stringify(baseline, null, 2)}\n`);
}

/**
 * Rewrites the baseline at `path` to accept exactly `findings`, keeping owner, reason and expiry of
 * entries that still match (a missing file starts a new baseline). Returns the entry count.
 */
export async function updateBaselineFile(path: string, findings: Finding[], defaults: NewEntryDefaults): Promise<number> {
  const existing = await readBaseline(path).catch(() => undefined);
  const next = updateBaseline(findings, existing, defaults);
  await writeBaseline(path, next);
  return next.entries.length;
}
