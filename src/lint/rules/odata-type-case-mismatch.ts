import type { DocPage } from '../../docs/types.js';
import type { Resource } from '../../model/types.js';
import { findingPointer } from '../pointer.js';
import type { LintFinding, LintRule } from '../types.js';
import { finding } from './util/finding.js';

const NAMED = /"@odata\.type"\s*:\s*"#?(?:microsoft\.graph\.)?([\w.]+)"/g;

/** `@odata.type` names a documented type with other letter case: OData type names are case-sensitive. */
export const odataTypeCaseMismatch: LintRule = {
  id: 'odata-type-case-mismatch',
  severity: 'warning',
  origin: 'lint',
  description: 'An `@odata.type` (annotation or example body) spells a documented type with other letter case; OData type names are case-sensitive, so clients that dispatch on them miss it.',
  run: ({ pages, model }) => {
    const names = new Map(Object.values(model.resources).map((r) => [r.name.toLowerCase(), r]));
    return pages.filter((p) => p.kind === 'api').flatMap((p) => check(p, names));
  },
};

function check(page: DocPage, names: Map<string, Resource>): LintFinding[] {
  const out: LintFinding[] = [];
  const report = (written: string, line: number): void => {
    const documented = names.get(written.toLowerCase());
    if (!documented || documented.name === written) return;
    const message = `@odata.type "${written}" differs in letter case from "${documented.name}" (${documented.source.file}:${documented.source.line}); one of them is misspelled`;
    out.push({ ...finding(odataTypeCaseMismatch, page.file, line, message, findingPointer(page, line)), related: [documented.source] });
  };
  for (const block of page.blocks) {
    const annotated = block.annotation?.value?.['@odata.type'];
    if (typeof annotated === 'string' && block.annotation) report(annotated.replace(/^#?microsoft\.graph\./i, ''), block.annotation.line);
    block.text.split('\n').forEach((text, i) => {
      for (const m of text.matchAll(NAMED)) report(m[1]!, block.line + 1 + i);
    });
  }
  return out;
}
