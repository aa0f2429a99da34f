import { basename, resolve } from 'node:path';
import { openEntry, type CacheEntry, type CacheSettings } from './cache/index.js';
import { DEFAULT_READ_LIMITS, isDocsUrl, parseDoc, readDocs, type ReadOptions } from './docs/index.js';
import type { DocDiagnostic, DocFile, DocPage, DocVersion } from './docs/types.js';
import { ARTIFACT_DIRS, emitSuites, renderArtifacts, sortDiagnostics, staleArtifacts, writeArtifacts, type StaleArtifact } from './contracts/artifacts/index.js';
import { deriveContracts } from './contracts/derive.js';
import type { Contract, ContractSet } from './contracts/types.js';
import { inVersionFolder } from './contracts/versionFolder.js';
import { buildModel } from './model/build.js';
import { isPlaceholderValue } from './model/placeholders.js';
import type { ApiModel } from './model/types.js';
import { deriveSchemas, indexTypes, type SchemaSet } from './schemas/index.js';
import { append } from './util/append.js';
import { NothingCheckedError } from './errors.js';
import type { OnBuildProgress } from './docs/progress.js';

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
 * reading the docs reported (files left out); `progress` is told of each page parsed, each stage
 * entered and the end (see `BuildProgress`).
 */
export function buildFromFiles(files: DocFile[], docs: string, timings?: StageTimings, read: DocDiagnostic[] = [], progress?: OnBuildProgress): Build {
  const time = <T>(stage: keyof StageTimings, run: () => T): T => {
    if (!timings) return run();
    const start = performance.now();
    const result = run();
    timings[stage] = (timings[stage] ?? 0) + (performance.now() - start) / 1000;
    return result;
  };
  const pages = time('parse', () =>
    files.map((file, i) => {
      const page = parseDoc(file);
      progress?.({ stage: 'parse', done: i + 1, total: files.length });
      return page;
    }),
  );
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
    const stage = (name: 'model' | 'schemas' | 'contracts') => progress?.(version ? { stage: name, version } : { stage: name });
    stage('model');
    const model = time('model', () => buildModel(group));
    const index = indexTypes(model);
    stage('schemas');
    const derived = time('schemas', () => deriveSchemas(model, index));
    stage('contracts');
    const made = time('contracts', () => deriveContracts(model, { index, isPlaceholder: isPlaceholderValue }));
    const placed = several && version ? inVersionFolder(version, made.contracts, derived.schemas) : { contracts: made.contracts, schemas: derived.schemas };
    append(contracts, placed.contracts);
    Object.assign(schemas, placed.schemas);
    for (const found of [model.diagnostics, derived.diagnostics, made.diagnostics]) append(diagnostics, found);
    versions.push(version ? { version, pages: group, model } : { pages: group, model });
  }
  const named = versions.flatMap((v) => (v.version ? [v.version] : []));
  const set: ContractSet = { docs, contracts, schemas, diagnostics: capPerPage(sortDiagnostics(diagnostics)), ...(named.length > 0 ? { versions: named } : {}) };
  progress?.({ stage: 'done', pages: pages.length, contracts: contracts.length });
  return { set, pages, model: versions[0]!.model, versions };
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
 * folder, file or URL file name; `options` raise the size limits and take download progress and
 * the progress of reading and building (`onProgress`).
 */
export async function buildFromDocs(location: string, label?: string, options?: ReadOptions): Promise<Build> {
  const source = await readDocs(location, options);
  return buildFromFiles(source.files, label ?? basename(isDocsUrl(location) ? new URL(location).pathname : location), undefined, source.diagnostics, options?.onProgress);
}

/** Options of `loadBuild`. */
export interface LoadBuildOptions {
  /** Label stored in the set. @default the docs folder or file name */
  label?: string;
  /** The build cache. @default none: every call builds */
  cache?: CacheSettings;
  /** Size limits and download progress of the docs (see `readDocs`). @default the limits of `DEFAULT_READ_LIMITS` */
  read?: ReadOptions;
  /**
   * Only the set is needed: pages and model (most of a build's memory) are not held, and
   * `build()` loads or builds them again when called. For a mock that serves for hours. @default false
   */
  setOnly?: boolean;
}

/** The model of one API version, without its pages: what `diff` compares. */
export type VersionModel = Omit<VersionBuild, 'pages'>;

/** A build as a command needs it: the contract set at once, the rest when asked for. */
export interface LoadedBuild {
  set: ContractSet;
  /** The whole build, pages and model too (lint, doc-defect triage): kept, loaded from the cache, or built again. */
  build(): Promise<Build>;
  /** The model alone (the CSDL cross-check): of the only version, or of the first (`beta`) when the docs hold both. */
  model(): Promise<ApiModel>;
  /** Each API version's model (diff): a third of what `build()` loads. */
  models(): Promise<VersionModel[]>;
  /**
   * A value computed from this build once and kept beside it in the cache (the mock's examples,
   * lint's findings); `name` is a lower-case word. Its shape is the caller's: the entry key
   * changes with the tool's code, so a value of an older shape is never read back.
   */
  derived<T>(name: string, compute: () => T | Promise<T>): Promise<T>;
  /** Whether the set came from the cache. */
  cached: boolean;
}

/**
 * What the `docs` part stores: the pages, and which of them each API version holds (the same page
 * objects: one v8 part stores a shared object once). The `model` part stores the versions'
 * models (`VersionModel[]`, in the same order), so no model is stored twice.
 */
interface DocsPart {
  pages: DocPage[];
  versions: Omit<VersionBuild, 'model'>[];
}

/** A build put back together from its set and its `model` and `docs` parts. */
function joinParts(set: ContractSet, models: VersionModel[], docs: DocsPart): Build {
  const versions = docs.versions.map((v, i) => ({ ...v, model: models[i]!.model }));
  return { set, pages: docs.pages, model: versions[0]!.model, versions };
}

/**
 * The cache entry of a docs location, or undefined without a cache. Besides the docs' bytes and
 * the tool, the key holds what else decides the build: the label, the folder name (a folder named
 * `v1.0` is that version's pages) and the read limits (a page over `maxFileBytes` is left out).
 * An https URL is built without the cache: keying it by the downloaded bytes would still pay the
 * download on every start, the larger part of its time, and the archive is not kept.
 */
function entryOf(location: string, label: string, options: LoadBuildOptions): CacheEntry | undefined {
  if (!options.cache || isDocsUrl(location)) return undefined;
  return openEntry(options.cache, location, {
    label,
    folder: basename(resolve(location)),
    maxTotalBytes: options.read?.maxTotalBytes ?? DEFAULT_READ_LIMITS.maxTotalBytes,
    maxFileBytes: options.read?.maxFileBytes ?? DEFAULT_READ_LIMITS.maxFileBytes,
  });
}

/** The label of a docs location: its folder or file name, or the file name of a URL's path. */
function labelOf(location: string, options: LoadBuildOptions): string {
  return options.label ?? basename(isDocsUrl(location) ? new URL(location).pathname : location);
}

/**
 * Docs → build, through the build cache when given one: the set is read from the entry whose key
 * is the hash of the docs' bytes, the tool and the build options (see `entryOf`), else built and
 * stored. Each command stores the parts it uses: the set (JSON) always; the models and the pages
 * (v8 parts, 30 and 50 MB for the whole reference, seconds to write) once something asks for
 * them, so a mock's cold start does not pay for what only lint, diff and doc-defect triage read
 * (`npm run bench:start`).
 */
export async function loadBuild(location: string, options: LoadBuildOptions = {}): Promise<LoadedBuild> {
  const label = labelOf(location, options);
  return loadFrom(entryOf(location, label, options), location, label, options);
}

/** Each API version's model of a docs location, through the build cache when given one: what `diff` compares, read without the set. */
export async function loadModels(location: string, options: LoadBuildOptions = {}): Promise<VersionModel[]> {
  const label = labelOf(location, options);
  const entry = entryOf(location, label, options);
  return (entry?.read('model') as VersionModel[] | undefined) ?? (await loadFrom(entry, location, label, options)).models();
}

/** The model of a docs location (of `beta` when it holds both versions), through the build cache when given one. */
export async function loadModel(location: string, options: LoadBuildOptions = {}): Promise<ApiModel> {
  return (await loadModels(location, options))[0]!.model;
}

async function loadFrom(entry: CacheEntry | undefined, location: string, label: string, options: LoadBuildOptions): Promise<LoadedBuild> {
  const cached = entry?.read('set') as ContractSet | undefined;
  if (entry && cached) return fromEntry(cached, true, entry, location, label, options.read);
  let build: Build | undefined = await buildFromDocs(location, label, options.read);
  const set = build.set;
  // Pages and model may be collected while the set is encoded, which needs memory of its own.
  if (options.setOnly) build = undefined;
  const storing = entry && builtFromKey(entry) ? entry : undefined;
  storing?.write('set', set, 'json');
  return build ? keptBuild(build, storing) : fromEntry(set, false, storing, location, label, options.read);
}

/** A set in hand; the rest of its build read from the entry, else built again (and stored), on first call. */
function fromEntry(set: ContractSet, cached: boolean, entry: CacheEntry | undefined, location: string, label: string, read: ReadOptions | undefined): LoadedBuild {
  let whole: Promise<Build> | undefined;
  const restOf = async (): Promise<Build> => {
    const models = entry?.read('model') as VersionModel[] | undefined;
    const docs = models && (entry?.read('docs') as DocsPart | undefined);
    if (models && docs) return joinParts(set, models, docs);
    const build = await buildFromDocs(location, label, read);
    if (entry && builtFromKey(entry)) for (const part of ['model', 'docs'] as const) storeRest(entry, build, part);
    return { ...build, set };
  };
  const build = () => (whole ??= restOf());
  const models = async () => (entry?.read('model') as VersionModel[] | undefined) ?? modelsOf(await build());
  return {
    set,
    cached,
    build,
    model: async () => (await models())[0]!.model,
    models,
    derived: derivedIn(entry),
  };
}

/** A build in memory; with an entry, its models and pages are stored the first time they are asked for. */
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
    models: async () => (store('model'), modelsOf(build)),
    derived: derivedIn(entry),
  };
}

/** Whether the docs still hash to the entry's key: a file changed while the build read them means the build is of other bytes, and is not stored. */
function builtFromKey(entry: CacheEntry): boolean {
  if (entry.docsUnchanged()) return true;
  entry.notice('the docs changed while they were read; this build is not stored');
  return false;
}

function modelsOf(build: Build): VersionModel[] {
  return build.versions.map(({ pages: _pages, ...model }) => model);
}

/** Stores the versions' models or the pages of a build, each as its own v8 part (see `DocsPart`). */
function storeRest(entry: CacheEntry, build: Build, part: 'model' | 'docs'): void {
  const docs: DocsPart = { pages: build.pages, versions: build.versions.map(({ model: _model, ...pages }) => pages) };
  entry.write(part, part === 'model' ? modelsOf(build) : docs, 'v8');
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
  const build = await buildFromDocs(options.docs, options.label, options.read);
  // Written, an empty set would also remove every artifact an earlier build left under `out`.
  if (build.set.contracts.length === 0 && !options.allowEmpty) {
    const why = build.pages.some((p) => p.kind === 'api') ? 'no API page documents a request with a path' : 'no page is an API page';
    throw new NothingCheckedError(`${options.docs} gave no contract: ${why} (${build.pages.length} pages read)`);
  }
  const files = renderBuildArtifacts(build.set);
  if (options.check) return { build, stale: await staleArtifacts(options.out, files), written: [], removed: [] };
  const { written, removed } = await writeArtifacts(options.out, files, options.read?.onProgress);
  return { build, stale: [], written, removed };
}
