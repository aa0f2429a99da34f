import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocDiagnostic, DocVersion } from '../../docs/types.js';
import { ContractsNotFoundError, RunnerError } from '../../errors.js';
import type { JsonSchema, SchemaSet } from '../../schemas/index.js';
import type { Contract, ContractSet } from '../types.js';
import { DIAGNOSTICS_FILE, VERSION_FOLDERS } from './layout.js';
import { append } from '../../util/append.js';

/**
 * Reads committed artifacts back into a ContractSet: every `*.contract.json` of `contractsDir`
 * (sorted by file, contracts in file order), every `*.schema.json` of `schemasDir` (both with
 * their version folders, `v1.0/user.schema.json`, for a set holding both versions), and
 * `diagnostics.json` when present. Throws `ContractsNotFoundError` when there are no contracts,
 * and a RunnerError `ARTIFACT_INVALID` naming the file when one is not a generated artifact.
 */
export async function readContractSet(contractsDir: string, schemasDir: string): Promise<ContractSet> {
  const contractFiles = await jsonFiles(contractsDir, '.contract.json');
  if (contractFiles.length === 0) throw new ContractsNotFoundError(`no *.contract.json in ${contractsDir}; run \`graph-contracts build\` first`);
  const contracts: Contract[] = [];
  for (const file of contractFiles) {
    const doc = await readJson(join(contractsDir, file));
    if (!Array.isArray(doc.contracts)) throw invalid(join(contractsDir, file), 'has no "contracts" array');
    append(contracts, (doc.contracts as Contract[]));
  }
  const schemas: SchemaSet = {};
  for (const file of await jsonFiles(schemasDir, '.schema.json')) schemas[file] = (await readJson(join(schemasDir, file))) as JsonSchema;
  const diagnosticsDoc = await readJson(join(contractsDir, DIAGNOSTICS_FILE)).catch((err: unknown) => {
    if ((err as { cause?: { code?: string } }).cause?.code === 'ENOENT') return {} as Record<string, unknown>;
    throw err;
  });
  return {
    docs: typeof diagnosticsDoc.docs === 'string' ? diagnosticsDoc.docs : contractsDir,
    ...(Array.isArray(diagnosticsDoc.versions) ? { versions: diagnosticsDoc.versions as DocVersion[] } : {}),
    contracts,
    schemas,
    diagnostics: Array.isArray(diagnosticsDoc.diagnostics) ? (diagnosticsDoc.diagnostics as DocDiagnostic[]) : [],
  };
}

/** `suffix` files of `dir` and of its version folders (as `v1.0/x.schema.json`), sorted. */
async function jsonFiles(dir: string, suffix: string): Promise<string[]> {
  const names = await readdir(dir).catch((err: unknown) => {
    throw new ContractsNotFoundError(`cannot read ${dir}: ${(err as Error).message}`, { cause: err });
  });
  const nested = await Promise.all(VERSION_FOLDERS.filter((v) => names.includes(v)).map(async (v) => (await readdir(join(dir, v))).map((n) => `${v}/${n}`)));
  return [...names, ...nested.flat()].filter((n) => n.endsWith(suffix)).sort();
}

async function readJson(path: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new RunnerError('ARTIFACT_INVALID', `cannot read ${path}: ${(err as Error).message}`, { cause: err });
  }
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object');
    return value as Record<string, unknown>;
  } catch (err) {
    throw invalid(path, `is not valid JSON (${(err as Error).message}); regenerate it with \`graph-contracts build\``, err);
  }
}

function invalid(path: string, what: string, cause?: unknown): RunnerError {
  return new RunnerError('ARTIFACT_INVALID', `${path} ${what}`, { cause });
}
