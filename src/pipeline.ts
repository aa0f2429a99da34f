import { basename } from 'node:path';
import { isDocsUrl, parseDoc, readDocs, type ReadOptions } from './docs/index.js';
import type { DocDiagnostic, DocFile, DocPage, DocVersion } from './docs/types.js';
import { ARTIFACT_DIRS, renderArtifacts, sortDiagnostics, staleArtifacts, writeArtifacts, type StaleArtifact } from './contracts/artifacts/index.js';
import { deriveContracts } from './contracts/derive.js';
import type { Contract, ContractSet } from './contracts/types.js';
import { inVersionFolder } from './contracts/versionFolder.js';
import { buildModel } from './model/build.js';
import { isPlaceholderValue } from './model/placeholders.js';
import type { ApiModel } from './model/types.js';
import { deriveSchemas, indexTypes, type SchemaSet } from './schemas/index.js';
import { emitSuites } from './suites/emit.js';
import { append } from './util/append.js';

/** The pages of one API version and the model built from them. */
export interface VersionBuild {
  /** Undefined when no page's path names a version (a flat folder of pages). */
  version?: DocVersion;
  pages: DocPage[];
  model: ApiModel;
}

/** A build in memory: the ContractSet plus what it was made from (for counts and reports). */
export interface Build {
  set: ContractSet;
  pages: DocPage[];
  /** The model of the only version, or of the first (`beta`) when the docs hold both; see `versions`. */
  model: ApiModel;
  /** One model per API version, kept apart (both versions document `user`, `user-get`, ...). */
  versions: VersionBuild[];
}

/** Seconds spent per stage, filled in by `buildFromFiles` when given (for `bench/build.ts`). */
export type StageTimings = Partial<Record<'parse' | 'model' | 'schemas' | 'contracts', number>>;

/**
 * The build half of the pipeline, and the one place that knows its order:
 * DocFile[] → DocPage[] (parseDoc) → ApiModel (buildModel) → { SchemaSet, Contract[] }.
 * Docs that hold both API versions are built as two models, each version's contracts and schemas
 * in its own folder (see `inVersionFolder`), so neither sees the other's pages.
 * Pure: no I/O. `docs` labels the set (`default`, a folder or tarball name); `read` holds what
 * reading the docs reported (files left out).
 */
export function buildFromFiles(files: DocFile[], docs: string, timings?: StageTimings, read: DocDiagnostic[] = []): Build {
  const time = <T>(stage: keyof StageTimings, run: () => T): T => {
    if (!timings) return run();
    const start = performance.now();
    const result = run();
    timings[stage] = (timings[stage] ?? 0) + (performance.now() - start) / 1000;
    return result;
  };
  const pages = time('parse', () => files.map(parseDoc));
  const byVersion = new Map<DocVersion | undefined, DocPage[]>(pages.length === 0 ? [[undefined, []]] : []);
  for (const p of pages) {
    const group = byVersion.get(p.version);
    if (group) group.push(p);
    else byVersion.set(p.version, [p]);
  }
  const several = byVersion.size > 1;
  const versions: VersionBuild[] = [];
  const contracts: Contract[] = [];
  const schemas: SchemaSet = {};
  const diagnostics: DocDiagnostic[] = [...read];
  for (const [version, group] of [...byVersion].sort(([a], [b]) => ((a ?? '') < (b ?? '') ? -1 : 1))) {
    const model = time('model', () => buildModel(group));
    const index = indexTypes(model);
    const derived = time('schemas', () => deriveSchemas(model, index));
    const made = time('contracts', () => deriveContracts(model, { index, isPlaceholder: isPlaceholderValue }));
    const placed = several && version ? inVersionFolder(version, made.contracts, derived.schemas) : { contracts: made.contracts, schemas: derived.schemas };
    append(contracts, placed.contracts);
    Object.assign(schemas, placed.schemas);
    for (const found of [model.diagnostics, derived.diagnostics, made.diagnostics]) append(diagnostics, found);
    versions.push(version ? { version, pages: group, model } : { pages: group, model });
  }
  return { set: { docs, contracts, schemas, diagnostics: capPerPage(sortDiagnostics(diagnostics)) }, pages, model: versions[0]!.model, versions };
}

/** Diagnostics of one rule listed per page; past it, one more diagnostic counts the rest. */
export const MAX_DIAGNOSTICS_PER_PAGE_AND_RULE = 200;

/**
 * Sorted diagnostics with at most `MAX_DIAGNOSTICS_PER_PAGE_AND_RULE` of one rule per page: a
 * broken page (a table of a million unreadable rows) says so in a few hundred lines and a count,
 * not in a million, and the artifacts stay readable.
 */
function capPerPage(sorted: DocDiagnostic[]): DocDiagnostic[] {
  const seen = new Map<string, number>();
  const out: DocDiagnostic[] = [];
  for (const d of sorted) {
    const key = `${d.source.file}\u0000${d.rule}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= MAX_DIAGNOSTICS_PER_PAGE_AND_RULE) out.push(d);
  }
  for (const [key, n] of seen) {
    if (n <= MAX_DIAGNOSTICS_PER_PAGE_AND_RULE) continue;
    const [file, rule] = key.split('\u0000') as [string, string];
    const last = out.findLast((d) => d.source.file === file && d.rule === rule)!;
    out.push({ rule, severity: last.severity, message: `${n - MAX_DIAGNOSTICS_PER_PAGE_AND_RULE} more ${rule} findings on this page are not listed`, source: { file, line: last.source.line } });
  }
  return sortDiagnostics(out);
}

/**
 * Reads a docs folder, `.tar.gz` or https URL of one, and builds it. `label` defaults to the
 * folder, file or URL file name; `options` raise the size limits and take download progress.
 */
export async function buildFromDocs(location: string, label?: string, options?: ReadOptions): Promise<Build> {
  const source = await readDocs(location, options);
  return buildFromFiles(source.files, label ?? basename(isDocsUrl(location) ? new URL(location).pathname : location), undefined, source.diagnostics);
}

/** Options of `buildArtifacts` (the `build` command). */
export interface BuildArtifactsOptions {
  /** Docs folder, `.tar.gz`, or https URL of one. */
  docs: string;
  /** Size limits and download progress of the docs. @default the limits of `DEFAULT_READ_LIMITS` */
  read?: ReadOptions;
  /** Label stored in the artifacts. @default the docs folder or file name */
  label?: string;
  /** Output root: artifacts go to `<out>/contracts/` and `<out>/schemas/`. */
  out: string;
  /** Compare with the artifacts under `out` instead of writing. @default false */
  check?: boolean;
}

/** What `buildArtifacts` did. */
export interface BuildArtifactsResult {
  build: Build;
  /** Artifacts that differ from the fresh build (with `check`), or that were rewritten/removed. */
  stale: StaleArtifact[];
  written: string[];
  removed: string[];
}

/** Every committed artifact of a build: contracts, diagnostics, schemas and the thin suite files. */
export function renderBuildArtifacts(set: ContractSet): Map<string, string> {
  const files = renderArtifacts(set);
  for (const [name, text] of emitSuites(set.contracts)) files.set(`${ARTIFACT_DIRS.suites}/${name}`, text);
  return files;
}

/**
 * Docs → build → committed artifacts (contracts, schemas and the thin suite files): writes them,
 * removing stale ones, or with `check` only compares.
 */
export async function buildArtifacts(options: BuildArtifactsOptions): Promise<BuildArtifactsResult> {
  const build = await buildFromDocs(options.docs, options.label, options.read);
  const files = renderBuildArtifacts(build.set);
  if (options.check) return { build, stale: await staleArtifacts(options.out, files), written: [], removed: [] };
  const { written, removed } = await writeArtifacts(options.out, files);
  return { build, stale: [], written, removed };
}
