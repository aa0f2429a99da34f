import type { Command } from 'commander';
import { createAuthSource } from '../../auth/authSource.js';
import { createTokenSource } from '../../auth/createTokenSource.js';
import { loadLiveConfig } from '../../config/load.js';
import type { CommandRegistration } from './index.js';

/**
 * `graph-contracts login`: signs in to the live tenant once and reports how. For device code this
 * fills the token cache so later runs (nightly or manual) do not prompt; for app credentials it
 * proves the settings work before a long run starts.
 */
export const login: CommandRegistration = (program: Command) => {
  program
    .command('login')
    .description('sign in to the live tenant (device code prompts once; the token cache keeps you signed in)')
    .option('--env-file <path>', 'dotenv file with the live settings (default: .env)')
    .action(async (options: { envFile?: string }) => {
      const config = loadLiveConfig(options.envFile);
      if (config.credentials.flow === 'module') {
        const auth = createAuthSource(config);
        await auth.headers();
        console.log(`signed in to tenant ${config.tenantId} with ${auth.flow} (${auth.kind}): ${config.credentials.module}`);
        return;
      }
      const tokens = createTokenSource(config, (message) => console.error(message));
      const { expiresOn } = await tokens.getToken();
      const until = expiresOn ? `; token valid until ${expiresOn.toISOString()}` : '';
      console.log(`signed in to tenant ${config.tenantId} with ${tokens.flow} (${tokens.kind})${until}`);
    });
};
