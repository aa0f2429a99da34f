#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { loadCommands } from './commands/index.js';
import { failureOf } from './failure.js';
import { redactProcessOutput } from './output.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

redactProcessOutput();

const program = new Command('graph-contracts')
  .description('Contract tests for Microsoft Graph, derived from its API reference docs')
  .version(pkg.version)
  .exitOverride()
  .showHelpAfterError();
for (const register of await loadCommands(process.argv[2])) register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const { code, lines } = failureOf(err);
  for (const line of lines) console.error(line);
  process.exitCode = code;
}
