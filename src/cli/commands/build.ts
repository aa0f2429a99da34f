import type { Command } from 'commander';
import { resolve } from 'node:path';
import { crossCheck, formatCrossCheck, readCsdl } from '../../csdl/index.js';
import { buildArtifacts } from '../../pipeline.js';
import { defaultDocs } from '../../runner/setSource.js';
import { ExitCode } from '../exitCodes.js';
import { checkOutputDir } from '../outputPaths.js';
import { formatDiagnostics } from '../formatDiagnostics.js';
import type { CommandRegistration } from './index.js';

interface BuildFlags {
  docs?: string;
  out: string;
  check?: boolean;
  diagnostics: string;
  metadata?: string;
  allowEmpty?: boolean;
}

/** `graph-contracts build`: docs → contracts/ + schemas/ (or `--check` them). */
export const build: CommandRegistration = (program: Command) => {
  program
    .command('build')
    .description('derive contracts/, schemas/ and suites/ from the Graph reference docs')
    .option('--docs <dir|.tar.gz>', 'docs folder or tarball (default: contracts/docs, else the bundled default docs)')
    .option('--out <dir>', 'output root (gets contracts/, schemas/ and suites/)', '.')
    .option('--check', 'fail (exit 1) when the artifacts under --out differ from a fresh build; write nothing')
    .option('--diagnostics <n>', 'diagnostics listed per rule', '5')
    .option('--metadata <csdl.xml[.gz]>', 'also cross-check the doc-derived types with a CSDL $metadata file (informational)')
    .option('--allow-empty', 'docs that give no contract build and write an empty set instead of exit 2')
    .action(async (flags: BuildFlags) => {
      // Read first: a bad --metadata path fails before the build is spent.
      if (!flags.check) checkOutputDir('--out', flags.out);
      const csdl = flags.metadata ? await readCsdl(flags.metadata) : undefined;
      const fallback = defaultDocs();
      const docs = flags.docs ?? fallback.docs;
      const label = resolve(docs) === resolve(fallback.docs) ? 'default' : undefined;
      const result = await buildArtifacts({ docs, out: flags.out, check: flags.check ?? false, allowEmpty: flags.allowEmpty === true, ...(label ? { label } : {}) });
      const { set, pages } = result.build;
      console.log(formatDiagnostics(set.diagnostics, Number(flags.diagnostics) || 0));
      if (csdl) console.log(formatCrossCheck(crossCheck(result.build.model, csdl), Number(flags.diagnostics) || 0));
      console.log(`built ${set.contracts.length} contracts and ${Object.keys(set.schemas).length} schemas from ${pages.length} pages (${set.docs})`);
      if (flags.check) {
        if (result.stale.length === 0) return console.log('artifacts are up to date');
        console.error(`stale artifacts (run \`graph-contracts build\`):\n${result.stale.map((s) => `  ${s.file} (${s.reason})`).join('\n')}`);
        process.exitCode = ExitCode.Failures;
        return;
      }
      console.log(`wrote ${result.written.length} files, removed ${result.removed.length} stale files under ${resolve(flags.out)}`);
    });
};
