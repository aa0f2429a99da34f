import { CheckCrashedError } from '../errors.js';
import type { Check, CheckContext, Violation } from './types.js';

/**
 * Runs one check: `undefined` when it does not apply to this contract/response, else its
 * violations. A check that throws has a bug; the error names it and keeps the original as `cause`.
 */
export function runCheck(check: Check, ctx: CheckContext): Violation[] | undefined {
  try {
    if (check.appliesToContract && !check.appliesToContract(ctx.contract)) return undefined;
    if (check.appliesTo && !check.appliesTo(ctx.contract, ctx)) return undefined;
    return check.run(ctx);
  } catch (cause) {
    throw new CheckCrashedError(check.id, { cause });
  }
}
