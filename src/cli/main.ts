#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { loadCommands } from './commands/index.js';
import { failureOf } from './failure.js';
import { redactProcessOutput } from './output.js';
import { stderrProgress } from './progress.js';
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
  const { code, lines } = failureOf(err);
  // A build that failed part-way leaves its live progress line; the error starts a line of its own.
  stderrProgress().clear();
  for (const line of lines) console.error(line);
  process.exitCode = code;
}
