import { AuthError } from '@azure/msal-node';
import { RunnerError, TenantAuthError } from '../errors.js';
import { redact } from '../redact/index.js';

/**
 * Turns whatever msal threw into one RunnerError with one redacted line: a network failure seen
 * during the call wins (msal rethrows it, or hides it behind a generic code), msal errors keep their code and the first line of
 * the identity platform's description (the AADSTS code tells an admin what to fix).
 */
export function toAuthError(err: unknown, what: string, networkFailure?: RunnerError): RunnerError {
  if (err instanceof RunnerError) return withRedactedMessage(err);
  if (networkFailure) return withRedactedMessage(networkFailure);
  if (err instanceof AuthError) {
    const detail = firstLine(err.errorMessage) || err.message;
    const code = err.errorCode ? `${err.errorCode}: ` : '';
    return new TenantAuthError(redact(`${what} failed: ${code}${detail}`), { cause: err });
  }
  return new TenantAuthError(redact(`${what} failed: ${firstLine((err as Error)?.message ?? String(err))}`), { cause: err });
}

function withRedactedMessage(err: RunnerError): RunnerError {
  const message = redact(err.message);
  if (message === err.message) return err;
  const copy = Object.create(Object.getPrototypeOf(err) as object) as RunnerError;
  return Object.assign(copy, err, { message });
}

function firstLine(text: string | undefined): string {
  // Identity platform descriptions append "Trace ID: ... Correlation ID: ... Timestamp: ..." lines.
  return (text ?? '').split(/\r?\n|\\r\\n/)[0]!.trim();
}
