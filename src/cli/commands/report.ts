import type { Command } from 'commander';
import { rerenderReports } from '../../reporters/index.js';
import { summaryLine } from '../../results/summary.js';
import { ExitCode } from '../exitCodes.js';
import { checkOutputDir } from '../outputPaths.js';
import type { CommandRegistration } from './index.js';

/** `graph-contracts report`: re-render JUnit and HTML from a results.json. */
export const report: CommandRegistration = (program: Command) => {
  program
    .command('report')
    .description('re-render reports/junit.xml and reports/index.html from a results.json')
    .option('--results <file>', 'results.json to render', 'reports/results.json')
    .option('--reports <dir>', 'folder to write the reports into', 'reports')
    .option('--baseline <file>', 'the release baseline that gate reads, or an earlier results.json')
    .option('--docs-url <prefix>', 'prefix of links to doc files, e.g. a repository blob URL ending in /')
    .action((opts: { results: string; reports: string; baseline?: string; docsUrl?: string }) => {
      checkOutputDir('--reports', opts.reports);
      const { run, written } = rerenderReports({ results: opts.results, reports: opts.reports, baseline: opts.baseline, docsBaseUrl: opts.docsUrl });
      for (const file of written.written) console.log(`wrote ${file}`);
      for (const f of written.failed) console.error(`graph-contracts: could not write ${f.file}: ${f.message}`);
      console.log(summaryLine(run));
      process.exitCode = written.failed.length ? ExitCode.Error : ExitCode.Ok;
    });
};
