import type { Command } from 'commander';
import { formatCleanup } from '../../live/cleanup.js';
import { cleanupLeftovers } from '../../live/leftovers.js';
import { ExitCode } from '../exitCodes.js';
import type { CommandRegistration } from './index.js';

interface CleanupFlags {
  envFile?: string;
  ledger?: string;
  allowWrites?: boolean;
  dryRun?: boolean;
}

/** `graph-contracts cleanup`: deletes resources earlier live runs created and left behind. */
export const cleanup: CommandRegistration = (program: Command) => {
  program
    .command('cleanup')
    .description('delete resources that earlier live runs created and could not delete (from their ledgers in .cache/ledger)')
    .option('--env-file <path>', 'dotenv file with the live settings (default: .env)')
    .option('--ledger <file>', 'only this ledger (the file an interrupted run names); default: every ledger of the tenant')
    .option('--allow-writes', 'required: cleanup deletes, so the tenant must also be listed in GRAPH_WRITE_TENANTS')
    .option('--dry-run', 'print what would be deleted and looked for; send nothing')
    .action(async (flags: CleanupFlags) => {
      const result = await cleanupLeftovers({ envFile: flags.envFile, ledger: flags.ledger, allowWrites: flags.allowWrites === true, dryRun: flags.dryRun === true, prompt: (message) => console.error(message) });
      const refused = result.ledgers.filter((l) => l.refused);
      console.log(`cleanup: ${result.ledgers.length} ledger(s) of this tenant${refused.length > 0 ? `, ${refused.length} not touched` : ''}`);
      for (const l of refused) console.error(`cleanup: ${l.refused}`);
      if (flags.dryRun) {
        console.log('cleanup: dry run: nothing is sent');
        for (const line of result.plan) console.log(`  ${line}`);
        process.exitCode = refused.length > 0 ? ExitCode.Error : ExitCode.Ok;
        return;
      }
      for (const line of formatCleanup(result)) console.log(line);
      process.exitCode = result.failed.length > 0 || result.unknown.length > 0 || refused.length > 0 ? ExitCode.Error : ExitCode.Ok;
    });
};
