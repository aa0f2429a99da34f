import { rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { makeDirs } from '../util/makeDirs.js';

/**
 * Fails at start, with one line naming the setting, when `dir` cannot take the command's output:
 * a file where a folder should be, a special or read-only file system, no permission. The folder
 * is made (as the command would) and a probe file written and removed in it; `keep: false` also
 * removes the folders made (a dry run leaves nothing behind).
 */
export function checkOutputDir(setting: string, dir: string, options: { keep?: boolean; shown?: string } = {}): void {
  const shown = options.shown ?? dir;
  const at = resolve(dir);
  const kind = kindOf(at);
  if (kind !== undefined && kind !== 'folder') throw new ConfigError(setting, `${setting} ${dir}: is a ${kind}, not a folder`);
  let made: string[] = [];
  try {
    made = makeDirs(at);
    const probe = join(at, `.graph-contracts-probe-${process.pid}`);
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (err) {
    throw new ConfigError(setting, `${setting} ${shown}: cannot write there (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
  } finally {
    if (options.keep === false && made[0]) rmSync(made[0], { recursive: true, force: true });
  }
}

/** `checkOutputDir` for an output file: its folder must take it, and the path must not be a folder. */
export function checkOutputFile(setting: string, file: string): void {
  const kind = kindOf(resolve(file));
  if (kind !== undefined && kind !== 'file') throw new ConfigError(setting, `${setting} ${file}: is a ${kind}, not a file`);
  checkOutputDir(setting, dirname(resolve(file)), { shown: file });
}

function kindOf(path: string): 'folder' | 'file' | 'special file' | undefined {
  try {
    const s = statSync(path);
    return s.isDirectory() ? 'folder' : s.isFile() ? 'file' : 'special file';
  } catch {
    return undefined;
  }
}
