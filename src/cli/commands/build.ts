import type { Command } from 'commander';
import { resolve } from 'node:path';
import { crossCheck, formatCrossCheck, readCsdl } from '../../csdl/index.js';
import { buildArtifacts, type Build } from '../../pipeline.js';
import { defaultDocs } from '../../runner/setSource.js';
import { addDocsLimitFlags, readOptions, type DocsLimitFlags } from '../docsFlags.js';
import { ExitCode } from '../exitCodes.js';
import { checkOutputDir } from '../outputPaths.js';
import { formatDiagnostics } from '../formatDiagnostics.js';
import { addMetadataFlags, modelForMetadata, type MetadataFlags } from '../metadataFlags.js';
import type { CommandRegistration } from './index.js';

interface BuildFlags extends DocsLimitFlags, MetadataFlags {
  docs?: string;
  out: string;
  check?: boolean;
  diagnostics: string;
  allowEmpty?: boolean;
}

/** `graph-contracts build`: docs → contracts/ + schemas/ (or `--check` them). */
export const build: CommandRegistration = (program: Command) => {
  const command = addDocsLimitFlags(program
    .command('build')
    .description('derive contracts/, schemas/ and suites/ from the Graph reference docs')
    .option('--docs <dir|.tar.gz|url>', 'docs folder, tarball, or https URL of one (the docs repository archive); default: contracts/docs, else the bundled default docs'))
    .option('--out <dir>', 'output root (gets contracts/, schemas/ and suites/)', '.')
    .option('--check', 'fail (exit 1) when the artifacts under --out differ from a fresh build; write nothing')
    .option('--diagnostics <n>', 'diagnostics listed per rule', '5')
    .option('--allow-empty', 'docs that give no contract build and write an empty set instead of exit 2');
  addMetadataFlags(command, 'also cross-check the doc-derived types with a CSDL $metadata file (informational)')
    .action(async (flags: BuildFlags) => {
      // Read first: a bad --metadata path fails before the build is spent.
      if (!flags.check) checkOutputDir('--out', flags.out);
      const csdl = flags.metadata ? await readCsdl(flags.metadata) : undefined;
      const fallback = defaultDocs();
      const docs = flags.docs ?? fallback.docs;
      const label = resolve(docs) === resolve(fallback.docs) ? 'default' : undefined;
      const result = await buildArtifacts({ docs, out: flags.out, check: flags.check ?? false, read: readOptions(flags), allowEmpty: flags.allowEmpty === true, ...(label ? { label } : {}) });
      const { set, pages } = result.build;
      console.log(formatDiagnostics(set.diagnostics, Number(flags.diagnostics) || 0));
      if (csdl) {
        const { model, label } = modelForMetadata(result.build.versions, flags);
        console.log(formatCrossCheck(crossCheck(model, csdl), Number(flags.diagnostics) || 0, label));
      }
      console.log(`built ${set.contracts.length} contracts and ${Object.keys(set.schemas).length} schemas from ${describePages(result.build)} (${set.docs})`);
      if (set.contracts.length === 0) console.log(`no contracts: ${pages.some((p) => p.kind === 'api') ? 'no API page documents a request with a path (see the diagnostics above)' : 'no page is an API page (front matter `doc_type: apiPageType`, example requests, an "HTTP request" section)'}`);
      if (flags.check) {
        if (result.stale.length === 0) return console.log('artifacts are up to date');
        console.error(`stale artifacts (run \`graph-contracts build\`):\n${result.stale.map((s) => `  ${s.file} (${s.reason})`).join('\n')}`);
        process.exitCode = ExitCode.Failures;
        return;
      }
      console.log(`wrote ${result.written.length} files, removed ${result.removed.length} stale files under ${resolve(flags.out)}`);
    });
};

/** `5 pages (4 API, 1 resource)`; with includes, other pages and versions when there are any. */
export function describePages(build: Build): string {
  const count = (kind: string) => build.pages.filter((p) => p.kind === kind).length;
  const kinds = [`${count('api')} API`, `${count('resource')} resource`];
  if (count('include') > 0) kinds.push(`${count('include')} include`);
  if (count('other') > 0) kinds.push(`${count('other')} other`);
  const versions = build.versions.flatMap((v) => (v.version ? [v.version] : []));
  const apart = versions.length > 1 ? `; ${versions.join(' and ')} kept apart` : versions.length === 1 ? `; ${versions[0]}` : '';
  return `${build.pages.length} pages (${kinds.join(', ')}${apart})`;
}
