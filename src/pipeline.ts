import { basename } from 'node:path';
import { parseDoc, readDocs } from './docs/index.js';
import type { DocFile, DocPage } from './docs/types.js';
import { ARTIFACT_DIRS, emitSuites, renderArtifacts, sortDiagnostics, staleArtifacts, writeArtifacts, type StaleArtifact } from './contracts/artifacts/index.js';
import { deriveContracts } from './contracts/derive.js';
import type { ContractSet } from './contracts/types.js';
import { buildModel } from './model/build.js';
import { isPlaceholderValue } from './model/placeholders.js';
import type { ApiModel } from './model/types.js';
import { deriveSchemas, indexTypes } from './schemas/index.js';

/** A build in memory: the ContractSet plus what it was made from (for counts and reports). */
export interface Build {
  set: ContractSet;
  pages: DocPage[];
  model: ApiModel;
}

/** Seconds spent per stage, filled in by `buildFromFiles` when given (for `bench/build.ts`). */
export type StageTimings = Partial<Record<'parse' | 'model' | 'schemas' | 'contracts', number>>;

/**
 * The build half of the pipeline, and the one place that knows its order:
 * DocFile[] → DocPage[] (parseDoc) → ApiModel (buildModel) → { SchemaSet, Contract[] }.
 * Pure: no I/O. `docs` labels the set (`default`, a folder or tarball name).
 */
export function buildFromFiles(files: DocFile[], docs: string, timings?: StageTimings): Build {
  const time = <T>(stage: keyof StageTimings, run: () => T): T => {
    if (!timings) return run();
    const start = performance.now();
    const result = run();
    timings[stage] = (timings[stage] ?? 0) + (performance.now() - start) / 1000;
    return result;
  };
  const pages = time('parse', () => files.map(parseDoc));
  const model = time('model', () => buildModel(pages));
  const index = indexTypes(model);
  const schemas = time('schemas', () => deriveSchemas(model, index));
  const contracts = time('contracts', () => deriveContracts(model, { index, isPlaceholder: isPlaceholderValue }));
  return {
    set: { docs, contracts: contracts.contracts, schemas: schemas.schemas, diagnostics: sortDiagnostics([...model.diagnostics, ...schemas.diagnostics, ...contracts.diagnostics]) },
    pages,
    model,
  };
}

/** Reads a docs folder or `.tar.gz` and builds it. `label` defaults to the folder or file name. */
export async function buildFromDocs(location: string, label = basename(location)): Promise<Build> {
  const source = await readDocs(location);
  return buildFromFiles(source.files, label);
}

/** Options of `buildArtifacts` (the `build` command). */
export interface BuildArtifactsOptions {
  /** Docs folder or `.tar.gz`. */
  docs: string;
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
  const build = await buildFromDocs(options.docs, options.label);
  const files = renderBuildArtifacts(build.set);
  if (options.check) return { build, stale: await staleArtifacts(options.out, files), written: [], removed: [] };
  const { written, removed } = await writeArtifacts(options.out, files);
  return { build, stale: [], written, removed };
}
