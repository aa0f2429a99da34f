import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { findingKey } from '../../baseline/key.js';
import type { BaselineOutcome, Finding } from '../../baseline/types.js';
import type { Severity } from '../../severity.js';
import { RULES } from '../rules/index.js';

/** SARIF options. */
export interface SarifOptions {
  /** Tool version written to `tool.driver.version`. */
  version?: string;
  /** Folder the docs paths are relative to; becomes the `DOCS` uriBaseId. */
  docsRoot?: string;
  outcome?: BaselineOutcome;
}

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/**
 * A SARIF 2.1.0 log (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html) for code
 * scanning UIs: one rule per registry entry, one result per finding, `partialFingerprints` from
 * the baseline key so a viewer tracks a finding across line moves, `baselineState` with a baseline.
 */
export function formatSarif(findings: Finding[], options: SarifOptions = {}): string {
  const rules = RULES.map(
    (r): ReportingDescriptor => ({ id: r.id, shortDescription: { text: r.description }, defaultConfiguration: { level: LEVEL[r.severity] }, properties: { origin: r.origin } }),
  );
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const fresh = new Set(options.outcome?.fresh);
  const results = findings.map((f): Result => ({
    ruleId: f.rule,
    ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule)! } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: f.source?.file ?? f.target, uriBaseId: 'DOCS' },
          ...(f.source ? { region: { startLine: f.source.line } } : {}),
        },
        ...(f.pointer ? { logicalLocations: [{ fullyQualifiedName: `${f.target}#${f.pointer}`, kind: 'element' }] } : {}),
      },
    ],
    partialFingerprints: { 'graphContracts/v1': findingKey(f) },
    ...(options.outcome ? { baselineState: fresh.has(f) ? 'new' : 'unchanged' } : {}),
  }));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'graph-contracts', ...(options.version ? { version: options.version } : {}), rules } },
        ...(options.docsRoot ? { originalUriBaseIds: { DOCS: { uri: `${pathToFileURL(options.docsRoot).href.replace(/\/?$/, '/')}` } } } : {}),
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
