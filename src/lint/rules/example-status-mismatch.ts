import { ptr } from '../pointer.js';
import type { LintRule } from '../types.js';
import { finding } from './util/finding.js';
import { exampleKey } from './util/resources.js';

/** The example response's status differs from the one the Response section documents. */
export const exampleStatusMismatch: LintRule = {
  id: 'example-status-mismatch',
  severity: 'warning',
  origin: 'lint',
  description: 'An example response has a success status other than the one the Response section documents (e.g. 200 shown, 201 documented).',
  run: ({ model }) =>
    model.operations.flatMap((op) =>
      op.successStatus === undefined || !op.successStatusSource
        ? []
        : op.examples.flatMap((ex) => {
            const status = ex.response?.status;
            // Error examples (4xx/5xx) document failures, not the success status.
            if (status === undefined || status >= 300 || status === op.successStatus) return [];
            const message = `example response status ${status} differs from the documented ${op.successStatus} (${op.successStatusSource!.file}:${op.successStatusSource!.line})`;
            return [{ ...finding(exampleStatusMismatch, op.page, ex.response!.source.line, message, ptr('examples', exampleKey(op, ex), 'response', 'status')), related: [op.successStatusSource!] }];
          }),
    ),
};
