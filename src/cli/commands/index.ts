import type { Command } from 'commander';
import { build } from './build.js';
import { cleanup } from './cleanup.js';
import { registerDiff } from './diff.js';
import { registerGate } from './gate.js';
import { registerLint } from './lint.js';
import { login } from './login.js';
import { mock } from './mock.js';
import { report } from './report.js';
import { run } from './run.js';

/** A CLI command: declares its flags on `program` and sets `process.exitCode` when it runs. */
export type CommandRegistration = (program: Command) => void;

/** Every command of the CLI, in help order. */
export const commands: CommandRegistration[] = [build, run, mock, report, registerLint, registerDiff, registerGate, login, cleanup];
