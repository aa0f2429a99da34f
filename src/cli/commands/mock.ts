import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Option, type Command } from 'commander';
import { readContractSet } from '../../contracts/artifacts/index.js';
import type { ContractSet } from '../../contracts/types.js';
import { ConfigError } from '../../errors.js';
import { DRIFT_MODES, startMockServer, type DriftMode, type MockServerOptions } from '../../mock/index.js';
import { buildFromDocs } from '../../pipeline.js';
import { addDocsLimitFlags, readOptions, type DocsLimitFlags } from '../docsFlags.js';
import type { CommandRegistration } from './index.js';

/** The package root: `contracts/` and `schemas/` ship beside `src/` and `dist/`. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface MockFlags extends DocsLimitFlags {
  docs?: string;
  port: string;
  drift?: DriftMode;
  https?: boolean;
  cert?: string;
  key?: string;
  slowMs?: string;
}

/** `graph-contracts mock`: serve the embedded mock tenant on 127.0.0.1 until SIGINT/SIGTERM. */
export const mock: CommandRegistration = (program: Command) => {
  addDocsLimitFlags(program
    .command('mock')
    .description('serve the mock tenant built from the contracts on 127.0.0.1 (under /beta and /v1.0)')
    .option('--docs <dir|tar.gz|url>', 'build contracts in memory from these docs (folder, tarball or https URL of one) instead of the committed contracts/ and schemas/'))
    .option('--port <n>', 'port to listen on (0 picks a free one)', '4010')
    .addOption(new Option('--drift <mode>', 'break every response this way (a request can override it with x-graph-contracts-drift)').choices(DRIFT_MODES))
    .option('--https', 'serve HTTPS with a generated self-signed certificate, or --cert/--key')
    .option('--cert <file>', 'PEM certificate for --https')
    .option('--key <file>', 'PEM private key for --https')
    .option('--slow-ms <ms>', 'delay of the slow-response drift (at most 10000)')
    .action(async (flags: MockFlags) => {
      const options = serverOptions(flags);
      const set = await loadContractSet(flags.docs, flags);
      const running = await startMockServer(set, options);
      const drift = options.drift ? `, drift ${options.drift}` : '';
      console.log(`graph-contracts mock: ${running.state.router.operations} operations from ${set.docs} at ${running.url} (/beta, /v1.0${drift}); Ctrl-C stops`);
      if (options.https === 'generate' && running.certificate) {
        const file = join(tmpdir(), `graph-contracts-mock-${new URL(running.url).port}.pem`);
        writeFileSync(file, running.certificate);
        console.log(`graph-contracts mock: self-signed certificate in ${file} (trust it with NODE_EXTRA_CA_CERTS)`);
      }
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await running.close();
      console.log('graph-contracts mock: stopped');
    });
};

function serverOptions(flags: MockFlags): MockServerOptions {
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError('--port', `--port must be an integer from 0 to 65535, got '${flags.port}'`);
  const options: MockServerOptions = { port, ...(flags.drift ? { drift: flags.drift } : {}) };
  if (flags.slowMs !== undefined) {
    const ms = Number(flags.slowMs);
    if (!Number.isFinite(ms) || ms < 0) throw new ConfigError('--slow-ms', `--slow-ms must be a number of milliseconds, got '${flags.slowMs}'`);
    options.slowMs = ms;
  }
  if ((flags.cert === undefined) !== (flags.key === undefined)) throw new ConfigError(flags.cert ? '--key' : '--cert', '--cert and --key go together');
  if (flags.cert && flags.key) options.https = { cert: readPem('--cert', flags.cert), key: readPem('--key', flags.key) };
  else if (flags.https) options.https = 'generate';
  return options;
}

function readPem(setting: string, file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(setting, `${setting} ${file}: ${(err as Error).message}`, { cause: err });
  }
}

/** Contracts built in memory from `docs`, else the committed artifacts of the package. */
async function loadContractSet(docs: string | undefined, flags: DocsLimitFlags): Promise<ContractSet> {
  if (docs) return (await buildFromDocs(docs, undefined, readOptions(flags))).set;
  return readContractSet(`${ROOT}contracts`, `${ROOT}schemas`);
}
