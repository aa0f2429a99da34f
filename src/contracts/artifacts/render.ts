import type { DocDiagnostic } from '../../docs/types.js';
import { GENERATED_NOTICE } from '../../schemas/index.js';
import type { Contract, ContractSet } from '../types.js';
import { stableJson } from './json.js';
import { ARTIFACT_DIRS, contractFile, DIAGNOSTICS_FILE, SCHEMA_INDEX_FILE } from './layout.js';

/**
 * A ContractSet → every artifact file (posix path under the output root → content). Pure and
 * deterministic: one `contracts/<page-id>.contract.json` per API page, `contracts/diagnostics.json`,
 * one `schemas/<Type>.schema.json` per type and `schemas/index.json` (type name → schema file).
 */
export function renderArtifacts(set: ContractSet): Map<string, string> {
  const files = new Map<string, string>();
  const byPage = new Map<string, Contract[]>();
  for (const c of set.contracts) {
    const list = byPage.get(c.pageId) ?? [];
    list.push(c);
    byPage.set(c.pageId, list);
  }
  for (const [pageId, contracts] of [...byPage].sort(([a], [b]) => compare(a, b))) {
    files.set(`${ARTIFACT_DIRS.contracts}/${contractFile(pageId)}`, stableJson({ generated: GENERATED_NOTICE, page: contracts[0]!.page, contracts }));
  }
  const diagnostics = sortDiagnostics(set.diagnostics);
  files.set(`${ARTIFACT_DIRS.contracts}/${DIAGNOSTICS_FILE}`, stableJson({ generated: GENERATED_NOTICE, docs: set.docs, diagnostics }));
  const index: Record<string, string> = {};
  for (const file of Object.keys(set.schemas).sort(compare)) {
    files.set(`${ARTIFACT_DIRS.schemas}/${file}`, stableJson(set.schemas[file]));
    index[String(set.schemas[file]!.title ?? file.replace(/\.schema\.json$/, ''))] = file;
  }
  files.set(`${ARTIFACT_DIRS.schemas}/${SCHEMA_INDEX_FILE}`, stableJson({ generated: GENERATED_NOTICE, schemas: index }));
  return files;
}

/** Diagnostics in a stable order: file, line, rule, message. */
export function sortDiagnostics(diagnostics: DocDiagnostic[]): DocDiagnostic[] {
  return [...diagnostics].sort((a, b) => compare(a.source.file, b.source.file) || a.source.line - b.source.line || compare(a.rule, b.rule) || compare(a.message, b.message));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
