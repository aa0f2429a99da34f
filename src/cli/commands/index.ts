import type { Command } from 'commander';
import { build } from './build.js';
import { registerDiff } from './diff.js';
import { registerGate } from './gate.js';
import { registerLint } from './lint.js';
import { report } from './report.js';

/** A CLI command: declares its flags on `program` and sets `process.exitCode` when it runs. */
export type CommandRegistration = (program: Command) => void;

/** Every command of the CLI, in help order. */
export const commands: CommandRegistration[] = [build, registerLint, registerDiff, report, registerGate];
