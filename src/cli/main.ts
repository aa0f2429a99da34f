#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { RunnerError } from '../errors.js';
import { loadCommands } from './commands/index.js';
import { ExitCode } from './exitCodes.js';
import { redactProcessOutput } from './output.js';
import { usageLine } from './usageLine.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

redactProcessOutput();

const program = new Command('graph-contracts')
  .description('Contract tests for Microsoft Graph, derived from its API reference docs')
  .version(pkg.version)
  .exitOverride()
  // A usage mistake is one line (a nightly log or a terminal shows it whole), not the whole help.
  .configureOutput({ outputError: (message, write) => write(`${usageLine(message)}\n`) });
for (const register of await loadCommands(process.argv[2])) register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = exitCodeFor(err);
}

function exitCodeFor(err: unknown): number {
  if (err instanceof CommanderError) {
    // --help and --version exit through here with code 0.
    return err.exitCode === 0 ? ExitCode.Ok : ExitCode.Error;
  }
  if (err instanceof RunnerError) {
    console.error(`graph-contracts: ${err.message} [${err.code}]`);
    return ExitCode.Error;
  }
  console.error('graph-contracts: internal error:', err);
  return ExitCode.Error;
}
