import { basename } from 'node:path';
import type { Command } from 'commander';
import { ConfigError } from '../errors.js';
import type { ApiModel } from '../model/types.js';
import type { VersionModel } from '../pipeline.js';

/** `--metadata` and `--metadata-version` as commander gives them. */
export interface MetadataFlags {
  metadata?: string;
  metadataVersion?: string;
}

/** Adds `--metadata` and `--metadata-version` (build, lint). */
export function addMetadataFlags(command: Command, description: string): Command {
  return command
    .option('--metadata <csdl.xml[.gz]>', description)
    .option('--metadata-version <version>', 'with docs of both API versions: the version the CSDL describes (default: the one its file name names, else beta)');
}

/**
 * The model a CSDL is compared with. Docs of one version have one model. With both versions, a
 * CSDL describes one of them (its file carries no version of its own): `--metadata-version`,
 * else the version its file name names (`beta`, `v1.0`), else `beta`. `label` says which was
 * taken, for the report's heading.
 */
export function modelForMetadata(versions: VersionModel[], flags: MetadataFlags): { model: ApiModel; label?: string } {
  const named = versions.filter((v) => v.version);
  if (named.length < 2) {
    if (flags.metadataVersion && flags.metadataVersion !== named[0]?.version) throw new ConfigError('--metadata-version', `--metadata-version ${flags.metadataVersion}: the docs hold ${named[0]?.version ?? 'pages of no named version'} only`);
    return { model: versions[0]!.model };
  }
  const file = basename(flags.metadata ?? '').toLowerCase();
  const wanted = flags.metadataVersion ?? (/beta/.test(file) ? 'beta' : /v1\.0|v1_0|(^|[^a-z0-9])v1([^0-9]|$)/.test(file) ? 'v1.0' : 'beta');
  const found = named.find((v) => v.version === wanted);
  if (!found) throw new ConfigError('--metadata-version', `--metadata-version must be one of ${named.map((v) => v.version).join(', ')}; got "${wanted}"`);
  return { model: found.model, label: `${found.version} pages` };
}
