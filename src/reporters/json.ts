import type { Formatter } from './types.js';
import { summarize } from '../results/summary.js';

/**
 * `results.json`: the run as data for other tools, in the versioned format of
 * docs/results-json.md (schema: docs/results.schema.json). Compact, because a corpus run holds
 * tens of thousands of cases; the summary is recounted so a partial run adds up.
 */
export const formatJson: Formatter = (run) => JSON.stringify({ ...run, summary: summarize(run.cases) }) + '\n';
