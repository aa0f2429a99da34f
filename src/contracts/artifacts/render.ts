import type { DocDiagnostic } from '../../docs/types.js';
import { GENERATED_NOTICE } from '../../schemas/index.js';
import type { Contract, ContractSet } from '../types.js';
import { versionFolderOf } from '../versionFolder.js';
import { stableJson } from './json.js';
import { ARTIFACT_DIRS, contractFile, DIAGNOSTICS_FILE, SCHEMA_INDEX_FILE } from './layout.js';

/**
 * A ContractSet → every artifact file (posix path under the output root → content). Pure and
 * deterministic: one `contracts/<page-id>.contract.json` per API page, `contracts/diagnostics.json`,
 * one `schemas/<Type>.schema.json` per type and `schemas/index.json` (type name → schema file).
 * A set holding both API versions has these per version folder (`contracts/v1.0/user-get.contract.json`,
 * `schemas/v1.0/user.schema.json`, `schemas/v1.0/index.json`); diagnostics stay one file.
 */
export function renderArtifacts(set: ContractSet): Map<string, string> {
  const files = new Map<string, string>();
  const byPage = new Map<string, Contract[]>();
  for (const c of set.contracts) {
    const file = contractFile(c.pageId, versionFolderOf(c.id));
    const list = byPage.get(file) ?? [];
    list.push(c);
    byPage.set(file, list);
  }
  for (const [file, contracts] of [...byPage].sort(([a], [b]) => compare(a, b))) {
    files.set(`${ARTIFACT_DIRS.contracts}/${file}`, stableJson({ generated: GENERATED_NOTICE, page: contracts[0]!.page, contracts }));
  }
  const diagnostics = sortDiagnostics(set.diagnostics);
  files.set(`${ARTIFACT_DIRS.contracts}/${DIAGNOSTICS_FILE}`, stableJson({ generated: GENERATED_NOTICE, docs: set.docs, ...(set.versions ? { versions: set.versions } : {}), diagnostics }));
  const indexes = new Map<string, Record<string, string>>();
  for (const file of Object.keys(set.schemas).sort(compare)) {
    files.set(`${ARTIFACT_DIRS.schemas}/${file}`, stableJson(set.schemas[file]));
    const folder = versionFolderOf(file);
    const index = indexes.get(folder) ?? {};
    index[String(set.schemas[file]!.title ?? file.slice(folder.length).replace(/\.schema\.json$/, ''))] = file.slice(folder.length);
    indexes.set(folder, index);
  }
  if (indexes.size === 0) indexes.set('', {});
  for (const [folder, index] of indexes) files.set(`${ARTIFACT_DIRS.schemas}/${folder}${SCHEMA_INDEX_FILE}`, stableJson({ generated: GENERATED_NOTICE, schemas: index }));
  return files;
}

/** Diagnostics in a stable order: file, line, rule, message. */
export function sortDiagnostics(diagnostics: DocDiagnostic[]): DocDiagnostic[] {
  return [...diagnostics].sort((a, b) => compare(a.source.file, b.source.file) || a.source.line - b.source.line || compare(a.rule, b.rule) || compare(a.message, b.message));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
