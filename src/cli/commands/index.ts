import type { Command } from 'commander';

/** A CLI command: declares its flags on `program` and sets `process.exitCode` when it runs. */
export type CommandRegistration = (program: Command) => void;

/**
 * Every command of the CLI, in help order, each imported only when needed: `graph-contracts mock`
 * then loads what the mock uses and not vitest, msal or the reporters, a second of start-up on a
 * busy machine (a warm mock start is a measured target, `npm run bench:start`).
 */
const COMMANDS: Record<string, () => Promise<CommandRegistration>> = {
  build: async () => (await import('./build.js')).build,
  run: async () => (await import('./run.js')).run,
  mock: async () => (await import('./mock.js')).mock,
  report: async () => (await import('./report.js')).report,
  lint: async () => (await import('./lint.js')).registerLint,
  diff: async () => (await import('./diff.js')).registerDiff,
  gate: async () => (await import('./gate.js')).registerGate,
  login: async () => (await import('./login.js')).login,
  cleanup: async () => (await import('./cleanup.js')).cleanup,
};

/** The command named `name`, or every command (for help, a mistyped name's suggestions, options before the command). */
export async function loadCommands(name?: string): Promise<CommandRegistration[]> {
  const wanted = name !== undefined && Object.hasOwn(COMMANDS, name) ? [COMMANDS[name]!] : Object.values(COMMANDS);
  return Promise.all(wanted.map((load) => load()));
}
