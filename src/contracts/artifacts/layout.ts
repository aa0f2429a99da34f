/** Where a build's artifacts live under the output root (posix paths). */
export const ARTIFACT_DIRS = { contracts: 'contracts', schemas: 'schemas', suites: 'suites' } as const;

/** The diagnostics file, beside the contracts. */
export const DIAGNOSTICS_FILE = 'diagnostics.json';

/** The schema index, beside the schemas. */
export const SCHEMA_INDEX_FILE = 'index.json';

/** The contract file of an API page; `folder` is the version folder (`v1.0/`) of a set holding both versions. */
export function contractFile(pageId: string, folder = ''): string {
  return `${folder}${pageId}.contract.json`;
}

/**
 * Subfolders a build owns in `contracts/` and `schemas/`: one per API version, used when the docs
 * hold both (see `inVersionFolder`). Any other subfolder (`contracts/docs/`) is never touched.
 */
export const VERSION_FOLDERS: readonly string[] = ['beta', 'v1.0'];

/**
 * True for a file name a build owns in `dir` (and may therefore replace or delete as stale).
 * Anything else there, such as `contracts/docs/`, is never touched.
 */
export function isGenerated(dir: keyof typeof ARTIFACT_DIRS, name: string): boolean {
  switch (dir) {
    case 'contracts':
      return name.endsWith('.contract.json') || name === DIAGNOSTICS_FILE;
    case 'schemas':
      return name.endsWith('.schema.json') || name === SCHEMA_INDEX_FILE;
    case 'suites':
      return name.endsWith('.contract.test.ts');
  }
}
