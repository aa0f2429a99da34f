import type { Command } from 'commander';
import { registerGate } from './gate.js';
import { report } from './report.js';

/** A CLI command: declares its flags on `program` and sets `process.exitCode` when it runs. */
export type CommandRegistration = (program: Command) => void;

/** Every command of the CLI, in help order. */
export const commands: CommandRegistration[] = [report, registerGate];
