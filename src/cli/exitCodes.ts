/** Process exit codes of the CLI. */
export const ExitCode = {
  /** Every contract passed (or only findings below `--fail-severity`). */
  Ok: 0,
  /** Contract failures (or new findings against a baseline). */
  Failures: 1,
  /** Usage, configuration or infrastructure error: nothing trustworthy was measured. */
  Error: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
