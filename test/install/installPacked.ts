import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

interface LockEntry {
  dev?: boolean;
  [key: string]: unknown;
}

/**
 * Packs the package as `npm pack` does (its `files` list decides what goes in) from a staging copy
 * whose `dist/` is `builtDist` (the tests' own compile of the sources: packing the repository itself
 * would run `prepare`, a second full compile). Returns the tarball's path.
 */
export async function packPackage(root: string, builtDist: string, into: string): Promise<string> {
  const stage = join(into, 'stage');
  mkdirSync(stage, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
  cpSync(join(root, 'package.json'), join(stage, 'package.json'));
  cpSync(join(root, 'README.md'), join(stage, 'README.md'));
  for (const entry of pkg.files) cpSync(entry === 'dist' ? builtDist : join(root, entry), join(stage, entry), { recursive: true });
  const { stdout } = await exec('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', into], { cwd: stage });
  return join(into, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
}

/**
 * Installs `tarball` into the empty folder `dir` as a project that depends on it, with `npm ci
 * --offline`: the lock is the repository's, less its dev-only entries, so every dependency comes
 * from the npm cache that the repository's own `npm ci` filled (no registry request at all).
 */
export async function installOffline(root: string, tarball: string, dir: string): Promise<void> {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const own = lock.packages['']! as { name: string; version: string; dependencies: Record<string, string>; bin?: unknown; engines?: unknown };
  const spec = `file:${basename(tarball)}`;
  cpSync(tarball, join(dir, basename(tarball)));
  const project = { name: 'installed-graph-contracts', version: '1.0.0', private: true, dependencies: { [own.name]: spec } };
  const packages: Record<string, unknown> = {
    '': project,
    [`node_modules/${own.name}`]: {
      version: own.version,
      resolved: spec,
      integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
      dependencies: own.dependencies,
      ...(own.bin ? { bin: own.bin } : {}),
      ...(own.engines ? { engines: own.engines } : {}),
    },
  };
  // The repository's lock names no tarball URLs (npm then asks the registry for each package's
  // metadata, which the cache does not hold): give each entry its registry tarball URL, whose
  // response the cache holds under the entry's integrity.
  const registry = (await exec('npm', ['config', 'get', 'registry'])).stdout.trim().replace(/\/?$/, '/');
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.dev || entry.link) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    packages[path] = { resolved: `${registry}${name}/-/${name.split('/').at(-1)}-${String(entry.version)}.tgz`, ...entry };
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify(project, null, 2));
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({ name: project.name, version: project.version, lockfileVersion: 3, requires: true, packages }, null, 2));
  await exec('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: dir, env: { ...process.env, npm_config_update_notifier: 'false' } });
}
