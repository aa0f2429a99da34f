import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { ConfigError } from '../../errors.js';
import { DRIFT_MODES, startMockServer, type DriftMode, type MockServerOptions } from '../../mock/index.js';
import { loadSet } from '../../runner/loadSet.js';
import { setSource } from '../../runner/setSource.js';
import { onInterrupt } from '../../util/interrupt.js';
import { addCacheFlags, cacheOf, type CacheFlags } from '../cacheFlags.js';
import { addDocsLimitFlags, readOptions, type DocsLimitFlags } from '../docsFlags.js';
import type { CommandRegistration } from './index.js';
import { plural } from '../../util/plural.js';

interface MockFlags extends CacheFlags, DocsLimitFlags {
  docs?: string;
  port: string;
  drift?: DriftMode;
  https?: boolean;
  cert?: string;
  key?: string;
  slowMs?: string;
  driftTimes?: string;
}

/** `graph-contracts mock`: serve the embedded mock tenant on 127.0.0.1 until SIGINT/SIGTERM. */
export const mock: CommandRegistration = (program: Command) => {
  const command = program
    .command('mock')
    .description('serve the mock tenant built from the contracts on 127.0.0.1 (under /beta and /v1.0)')
    .option('--docs <dir|tar.gz|url>', 'build contracts in memory from these docs (folder, tarball or https URL of one) instead of the committed contracts/ and schemas/')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '4010')
    .addOption(new Option('--drift <mode>', 'break the responses of this mock tenant this way (no request can turn it off)').choices(DRIFT_MODES))
    .option('--drift-times <n>', 'only the first n requests to each method and path drift (a client\'s retry then succeeds)')
    .option('--https', 'serve HTTPS with a generated self-signed certificate, or --cert/--key')
    .option('--cert <file>', 'PEM certificate for --https')
    .option('--key <file>', 'PEM private key for --https')
    .option('--slow-ms <ms>', 'delay of the slow-response drift (at most 10000)');
  addCacheFlags(addDocsLimitFlags(command))
    .action(async (flags: MockFlags) => {
      const options = serverOptions(flags);
      // The port is bound before the docs are loaded or built: a clash is reported at once.
      const running = await startMockServer(() => loadSet(setSource().root, flags.docs, { cache: cacheOf(flags), read: readOptions(flags), mock: true, setOnly: true }), options);
      // Listening before the first line is printed: a client (or a test) that stops the mock as soon
      // as it reads that line must find the handler in place, not Node's default exit.
      const stopped = new Promise<void>((resolve) => onInterrupt(() => resolve(), 'default'));
      const set = running.state.set;
      const drift = options.drift ? `, drift ${options.drift}` : '';
      console.log(`graph-contracts mock: ${plural(set.contracts.length, 'contract')}, ${plural(running.state.router.operations, 'operation')} from ${set.docs} at ${running.url} (/beta, /v1.0${drift}); Ctrl-C stops`);
      if (running.certificate) {
        const file = join(tmpdir(), `graph-contracts-mock-${new URL(running.url).port}.pem`);
        writeFileSync(file, running.certificate);
        // What an SDK's process needs to trust the mock (graph-client v3 sends tokens over HTTPS only).
        console.log(`graph-contracts mock: certificate in ${file}; start the client with:`);
        console.log(`export NODE_EXTRA_CA_CERTS=${file}`);
      }
      await stopped;
      await running.close();
      console.log('graph-contracts mock: stopped');
    });
};

function serverOptions(flags: MockFlags): MockServerOptions {
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError('--port', `--port must be an integer from 0 to 65535, got '${flags.port}'`);
  const options: MockServerOptions = { port, ...(flags.drift ? { drift: flags.drift } : {}) };
  if (flags.driftTimes !== undefined) {
    const times = Number(flags.driftTimes);
    if (!Number.isInteger(times) || times < 0) throw new ConfigError('--drift-times', `--drift-times must be a whole number of requests, got '${flags.driftTimes}'`);
    options.driftTimes = times;
  }
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
