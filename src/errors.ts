/**
 * Tool failures: something kept the runner from doing its job (as opposed to a doc we could not
 * fully parse, a `DocDiagnostic`, or an API that disagrees with its doc, a `Violation`).
 * Each subclass has a stable `code` that scripts and reports may rely on.
 */
export class RunnerError extends Error {
  /** Stable machine-readable code, e.g. `CONTRACTS_NOT_FOUND`. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The docs folder or tarball given with `--docs` does not exist or holds no pages. */
export class DocsNotFoundError extends RunnerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('DOCS_NOT_FOUND', message, options);
  }
}

/** The docs expand past the size limit for a whole docs tree (`--max-docs-mb`). */
export class DocsTooLargeError extends RunnerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('DOCS_TOO_LARGE', message, options);
  }
}

/** No contracts to run: `contracts/` missing, empty, or everything filtered out. */
export class ContractsNotFoundError extends RunnerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('CONTRACTS_NOT_FOUND', message, options);
  }
}

/** A committed artifact is out of date with the docs (`build --check`). */
export class StaleArtifactsError extends RunnerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ARTIFACTS_STALE', message, options);
  }
}

/** A configuration value (flag, environment variable, config file entry) is missing or invalid. */
export class ConfigError extends RunnerError {
  /** The setting at fault, e.g. `AZURE_CLIENT_ID` or `--shard`. */
  readonly setting: string;

  constructor(setting: string, message: string, options?: { cause?: unknown }) {
    super('CONFIG_INVALID', message, options);
    this.setting = setting;
  }
}

/** Could not obtain a token for the tenant. */
export class TenantAuthError extends RunnerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TENANT_AUTH_FAILED', message, options);
  }
}

/** The tenant (or identity platform) could not be reached at all. */
export class TenantUnreachableError extends RunnerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TENANT_UNREACHABLE', message, options);
  }
}

/** 429/503 retries used up the run's throttling budget. */
export class ThrottleBudgetError extends RunnerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('THROTTLE_BUDGET_SPENT', message, options);
  }
}

/** The embedded mock could not listen on the requested port. */
export class MockPortInUseError extends RunnerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('MOCK_PORT_IN_USE', message, options);
  }
}

/** A contract check threw instead of returning violations: a bug in the check, never a finding. */
export class CheckCrashedError extends RunnerError {
  /** Id of the check that threw. */
  readonly check: string;

  constructor(check: string, options: { cause: unknown }) {
    const reason = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super('CHECK_CRASHED', `check ${check} threw: ${reason}`, options);
    this.check = check;
  }
}

/** A request failed at the network level (reset, refused, timed out) after its retries. */
export class TransportError extends RunnerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TRANSPORT_FAILED', message, options);
  }
}

/** The target kept answering 5xx after retries: the service is failing, not the contract. */
export class TargetServerError extends RunnerError {
  /** Last status received. */
  readonly status: number;

  constructor(status: number, message: string, options?: { cause?: unknown }) {
    super('TARGET_SERVER_ERROR', message, options);
    this.status = status;
  }
}

/** A live write the run may not send: it targets a resource the run did not create (see `src/live/writeGuard.ts`). */
export class WriteRefusedError extends RunnerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('WRITE_REFUSED', message, options);
  }
}

/** A request not sent because the run was interrupted (Ctrl-C): cleanup runs instead. */
export class RunInterruptedError extends RunnerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('RUN_INTERRUPTED', message, options);
  }
}

/**
 * A command checked nothing (docs that gave no contract, a run whose every case was skipped, lint
 * of no page, a diff of empty docs): exit 2 unless `--allow-empty` says that is expected, so a
 * scheduler reading the exit code never takes it for a pass.
 */
export class NothingCheckedError extends RunnerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('NOTHING_CHECKED', `nothing was checked: ${message} (pass --allow-empty when that is expected)`, options);
  }
}
