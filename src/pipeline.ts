import { basename } from 'node:path';
import { openEntry, type CacheEntry, type CacheSettings } from './cache/index.js';
import { parseDoc, readDocs } from './docs/index.js';
import type { DocFile, DocPage } from './docs/types.js';
import { ARTIFACT_DIRS, emitSuites, renderArtifacts, sortDiagnostics, staleArtifacts, writeArtifacts, type StaleArtifact } from './contracts/artifacts/index.js';
import { deriveContracts } from './contracts/derive.js';
import type { ContractSet } from './contracts/types.js';
import { buildModel } from './model/build.js';
import { isPlaceholderValue } from './model/placeholders.js';
import type { ApiModel } from './model/types.js';
import { deriveSchemas, indexTypes } from './schemas/index.js';
import { NothingCheckedError } from './errors.js';

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

/** Options of `loadBuild`. */
export interface LoadBuildOptions {
  /** Label stored in the set. @default the docs folder or file name */
  label?: string;
  /** The build cache. @default none: every call builds */
  cache?: CacheSettings;
  /**
   * Only the set is needed: pages and model (most of a build's memory) are not held, and
   * `build()` loads or builds them again when called. For a mock that serves for hours. @default false
   */
  setOnly?: boolean;
}

/** A build as a command needs it: the contract set at once, the rest when asked for. */
export interface LoadedBuild {
  set: ContractSet;
  /** The whole build, pages and model too (lint, doc-defect triage): kept, loaded from the cache, or built again. */
  build(): Promise<Build>;
  /** The model alone (diff, the CSDL cross-check): a third of what `build()` loads. */
  model(): Promise<ApiModel>;
  /**
   * A value computed from this build once and kept beside it in the cache (the mock's examples,
   * lint's findings); `name` is a lower-case word. Its shape is the caller's: the entry key
   * changes with the tool's code, so a value of an older shape is never read back.
   */
  derived<T>(name: string, compute: () => T | Promise<T>): Promise<T>;
  /** Whether the set came from the cache. */
  cached: boolean;
}

/** A build's members besides the set and the model (the pages), as stored in the `docs` part. */
type DocsPart = Omit<Build, 'set' | 'model'>;

/**
 * Docs → build, through the build cache when given one: the set is read from the entry whose key
 * is the hash of the docs' bytes, the tool and the label, else built and stored. Each command
 * stores the parts it uses: the set (JSON) always; the model and the pages (v8 parts, 30 and 50 MB
 * for the whole reference, seconds to write) once something asks for them, so a mock's cold start
 * does not pay for what only lint, diff and doc-defect triage read (`npm run bench:start`).
 */
export async function loadBuild(location: string, options: LoadBuildOptions = {}): Promise<LoadedBuild> {
  const label = options.label ?? basename(location);
  return loadFrom(options.cache ? openEntry(options.cache, location, { label }) : undefined, location, label, options);
}

/** The model of a docs location, through the build cache when given one: what `diff` compares, read without the set. */
export async function loadModel(location: string, options: LoadBuildOptions = {}): Promise<ApiModel> {
  const label = options.label ?? basename(location);
  const entry = options.cache ? openEntry(options.cache, location, { label }) : undefined;
  return (entry?.read('model') as ApiModel | undefined) ?? (await loadFrom(entry, location, label, options)).model();
}

async function loadFrom(entry: CacheEntry | undefined, location: string, label: string, options: LoadBuildOptions): Promise<LoadedBuild> {
  const cached = entry?.read('set') as ContractSet | undefined;
  if (entry && cached) return fromEntry(cached, true, entry, location, label);
  let build: Build | undefined = await buildFromDocs(location, label);
  const set = build.set;
  // Pages and model may be collected while the set is encoded, which needs memory of its own.
  if (options.setOnly) build = undefined;
  const storing = entry && builtFromKey(entry) ? entry : undefined;
  storing?.write('set', set, 'json');
  return build ? keptBuild(build, storing) : fromEntry(set, false, storing, location, label);
}

/** A set in hand; the rest of its build read from the entry, else built again (and stored), on first call. */
function fromEntry(set: ContractSet, cached: boolean, entry: CacheEntry | undefined, location: string, label: string): LoadedBuild {
  let whole: Promise<Build> | undefined;
  const restOf = async (): Promise<Build> => {
    const model = entry?.read('model') as ApiModel | undefined;
    const docs = model && (entry?.read('docs') as DocsPart | undefined);
    if (model && docs) return { ...docs, model, set };
    const build = await buildFromDocs(location, label);
    if (entry && builtFromKey(entry)) for (const part of ['model', 'docs'] as const) storeRest(entry, build, part);
    return { ...build, set };
  };
  const build = () => (whole ??= restOf());
  return {
    set,
    cached,
    build,
    model: async () => (entry?.read('model') as ApiModel | undefined) ?? (await build()).model,
    derived: derivedIn(entry),
  };
}

/** A build in memory; with an entry, its model and pages are stored the first time they are asked for. */
function keptBuild(build: Build, entry?: CacheEntry): LoadedBuild {
  const stored = new Set<'model' | 'docs'>();
  const store = (...parts: ('model' | 'docs')[]) => {
    for (const part of parts) {
      if (!entry || stored.has(part)) continue;
      storeRest(entry, build, part);
      stored.add(part);
    }
  };
  return {
    set: build.set,
    cached: false,
    build: async () => (store('model', 'docs'), build),
    model: async () => (store('model'), build.model),
    derived: derivedIn(entry),
  };
}

/** Whether the docs still hash to the entry's key: a file changed while the build read them means the build is of other bytes, and is not stored. */
function builtFromKey(entry: CacheEntry): boolean {
  if (entry.docsUnchanged()) return true;
  entry.notice('the docs changed while they were read; this build is not stored');
  return false;
}

/** Stores the model or the other members (the pages) of a build, each as its own v8 part. */
function storeRest(entry: CacheEntry, build: Build, part: 'model' | 'docs'): void {
  const { set: _set, model, ...docs } = build;
  entry.write(part, part === 'model' ? model : (docs satisfies DocsPart), 'v8');
}

/** `LoadedBuild.derived` over an entry; without one, every call computes. */
function derivedIn(entry: CacheEntry | undefined): LoadedBuild['derived'] {
  return async (name, compute) => (entry ? derivedPart(entry, name, compute) : compute());
}

async function derivedPart<T>(entry: CacheEntry, name: string, compute: () => T | Promise<T>): Promise<T> {
  const part = `derived-${name}`;
  const stored = entry.read(part);
  if (stored !== undefined) return stored as T;
  const value = await compute();
  entry.write(part, value, 'v8');
  return value;
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
  /** Docs that give no contract are built and written too (else `NothingCheckedError`, nothing written). @default false */
  allowEmpty?: boolean;
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
  // Written, an empty set would also remove every artifact an earlier build left under `out`.
  if (build.set.contracts.length === 0 && !options.allowEmpty) throw new NothingCheckedError(`${options.docs} gave no contract (${build.pages.length} pages read)`);
  const files = renderBuildArtifacts(build.set);
  if (options.check) return { build, stale: await staleArtifacts(options.out, files), written: [], removed: [] };
  const { written, removed } = await writeArtifacts(options.out, files);
  return { build, stale: [], written, removed };
}
