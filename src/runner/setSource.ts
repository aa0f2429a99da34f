import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the package (holds package.json, the bundled `contracts/`, `schemas/`, `suites/`), from `src/runner` or `dist/runner`. */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Where a command's contracts come from when no `--docs` is given. */
export interface SetSource {
  /** Folder holding `contracts/` and `schemas/`. */
  root: string;
  /** `project`: what `graph-contracts build` wrote into the working folder; `bundled`: the package's own. */
  kind: 'project' | 'bundled';
}

/**
 * The working folder's own `contracts/` (what `build` wrote there) when it holds contracts, else
 * the contracts bundled with the package. An installed package never reads its bundled files
 * relative to the working folder, and a project's build is never ignored in favour of them.
 */
export function setSource(cwd = process.cwd()): SetSource {
  const root = resolve(cwd);
  if (root !== resolve(packageRoot) && holdsContracts(join(root, 'contracts'))) return { root, kind: 'project' };
  return { root: packageRoot, kind: 'bundled' };
}

/** How the start line of a run names the set: `the bundled contracts (default docs)`, `./contracts (built from x.tar.gz)`. */
export function describeSource(source: SetSource, docsLabel: string, cwd = process.cwd()): string {
  if (source.kind === 'bundled') return `the bundled contracts (${docsLabel} docs)`;
  return `${join(relative(cwd, source.root) || '.', 'contracts')} (built from ${docsLabel})`;
}

/** The default docs of `build` and `lint`: the working folder's `contracts/docs/` when present, else the bundled default docs. */
export function defaultDocs(cwd = process.cwd()): { docs: string; bundled: boolean } {
  const own = join(resolve(cwd), 'contracts', 'docs');
  if (existsSync(own)) return { docs: own, bundled: resolve(cwd) === resolve(packageRoot) };
  return { docs: join(packageRoot, 'contracts', 'docs'), bundled: true };
}

/** Known lint findings of the default docs (`contracts/docs-lint-baseline.json` beside `contracts/docs/`), when present. */
export function defaultDocsBaseline(cwd = process.cwd()): string | undefined {
  const file = join(dirname(defaultDocs(cwd).docs), DOCS_LINT_BASELINE);
  return existsSync(file) ? file : undefined;
}

/** File name of the default docs' lint baseline, in `contracts/`. */
export const DOCS_LINT_BASELINE = 'docs-lint-baseline.json';

/** A `*.contract.json` directly in `dir` or in one of its version folders (`contracts/v1.0/`). */
function holdsContracts(dir: string): boolean {
  const names = (at: string): string[] => {
    try {
      return readdirSync(at);
    } catch {
      return [];
    }
  };
  const top = names(dir);
  return top.some((n) => n.endsWith('.contract.json')) || top.some((n) => n !== 'docs' && names(join(dir, n)).some((m) => m.endsWith('.contract.json')));
}
