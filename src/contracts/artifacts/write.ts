import { mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { OnBuildProgress } from '../../docs/progress.js';
import { ARTIFACT_DIRS, isGenerated, VERSION_FOLDERS } from './layout.js';

/** What `writeArtifacts` changed on disk (posix paths under the output root). */
export interface WriteResult {
  written: string[];
  removed: string[];
}

/** A committed artifact that differs from a fresh build. */
export interface StaleArtifact {
  file: string;
  reason: 'changed' | 'missing' | 'extra';
}

/**
 * Writes rendered artifacts under `outDir` (only files whose content changed) and deletes
 * generated files that the build no longer produces. Only names `isGenerated` owns are
 * deleted, and only directly in `contracts/` and `schemas/` or their version folders (so
 * `contracts/docs/` is safe). `onProgress` is told of each file written or removed.
 */
export async function writeArtifacts(outDir: string, files: Map<string, string>, onProgress?: OnBuildProgress): Promise<WriteResult> {
  const result: WriteResult = { written: [], removed: [] };
  for (const dir of Object.values(ARTIFACT_DIRS)) await mkdir(join(outDir, dir), { recursive: true });
  const stale = await staleArtifacts(outDir, files);
  for (const [i, { file, reason }] of stale.entries()) {
    onProgress?.({ stage: 'write', done: i, total: stale.length });
    if (reason === 'extra') {
      await rm(join(outDir, file));
      result.removed.push(file);
      // A version folder the build no longer fills goes too (only when empty: nothing else is lost).
      if (VERSION_FOLDERS.some((v) => file.split('/')[1] === v && file.split('/').length === 3)) await rmdir(dirname(join(outDir, file))).catch(() => undefined);
    } else {
      await mkdir(dirname(join(outDir, file)), { recursive: true });
      await writeFile(join(outDir, file), files.get(file)!, 'utf8');
      result.written.push(file);
    }
  }
  onProgress?.({ stage: 'write', done: stale.length, total: stale.length });
  return result;
}

/** Compares the artifacts under `outDir` with a fresh rendering; sorted by file. */
export async function staleArtifacts(outDir: string, files: Map<string, string>): Promise<StaleArtifact[]> {
  const stale: StaleArtifact[] = [];
  const onDisk = new Set<string>();
  for (const [key, dir] of Object.entries(ARTIFACT_DIRS) as [keyof typeof ARTIFACT_DIRS, string][]) {
    const folders = key === 'suites' ? [''] : ['', ...VERSION_FOLDERS.map((v) => `${v}/`)];
    for (const folder of folders) {
      const names = await readdir(join(outDir, dir, folder), { withFileTypes: true }).catch(() => []);
      for (const e of names) if (e.isFile() && isGenerated(key, e.name)) onDisk.add(`${dir}/${folder}${e.name}`);
    }
  }
  for (const [file, content] of files) {
    if (!onDisk.has(file)) stale.push({ file, reason: 'missing' });
    else if ((await readFile(join(outDir, file), 'utf8')) !== content) stale.push({ file, reason: 'changed' });
  }
  for (const file of onDisk) if (!files.has(file)) stale.push({ file, reason: 'extra' });
  return stale.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
