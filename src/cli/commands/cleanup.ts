import type { Command } from 'commander';
import { formatCleanup } from '../../live/cleanup.js';
import { cleanupLeftovers } from '../../live/leftovers.js';
import { ExitCode } from '../exitCodes.js';
import type { CommandRegistration } from './index.js';

/** `graph-contracts cleanup`: deletes resources earlier live runs created and left behind. */
export const cleanup: CommandRegistration = (program: Command) => {
  program
    .command('cleanup')
    .description('delete resources that earlier live runs created and could not delete (from .cache/ledger)')
    .option('--env-file <path>', 'dotenv file with the live settings (default: .env)')
    .action(async (options: { envFile?: string }) => {
      const report = await cleanupLeftovers({ envFile: options.envFile, prompt: (message) => console.error(message) });
      console.log(`cleanup: ${report.ledgers} ledger(s) of this tenant`);
      for (const line of formatCleanup(report)) console.log(line);
      process.exitCode = report.failed.length > 0 ? ExitCode.Error : ExitCode.Ok;
    });
};
