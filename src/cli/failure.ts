import { CommanderError } from 'commander';
import { RunnerError } from '../errors.js';
import { ExitCode } from './exitCodes.js';

/** The environment variable that adds the stack of an internal error to its line. */
export const DEBUG_ENV = 'GRAPH_CONTRACTS_DEBUG';

/**
 * How the CLI ends on an error that reached `main`: the exit code and what to print on stderr.
 * A RunnerError is its message and code; commander has printed its own usage line already. Any
 * other error is a bug of the tool, said in one line (its name, message and where it was thrown)
 * so that a nightly log stays readable; `GRAPH_CONTRACTS_DEBUG=1` adds the whole stack.
 */
export function failureOf(err: unknown, env: NodeJS.ProcessEnv = process.env): { code: number; lines: string[] } {
  if (err instanceof CommanderError) {
    // --help and --version exit through here with code 0.
    return { code: err.exitCode === 0 ? ExitCode.Ok : ExitCode.Error, lines: [] };
  }
  if (err instanceof RunnerError) return { code: ExitCode.Error, lines: [`graph-contracts: ${err.message} [${err.code}]`] };
  const error = err instanceof Error ? err : new Error(String(err));
  const message = error.message.split('\n')[0]!;
  const frame = /\n\s+at (?:.*\()?(.*?:\d+:\d+)\)?/.exec(error.stack ?? '')?.[1];
  const line = `graph-contracts: internal error: ${error.name}: ${message}${frame ? ` (at ${frame})` : ''}; ${DEBUG_ENV}=1 shows the stack`;
  return { code: ExitCode.Error, lines: env[DEBUG_ENV] ? [line, error.stack ?? ''] : [line] };
}
