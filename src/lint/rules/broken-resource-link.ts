import { posix } from 'node:path';
import type { DocPage } from '../../docs/types.js';
import { ptr } from '../pointer.js';
import type { LintFinding, LintRule } from '../types.js';
import { finding } from './util/finding.js';

/** A relative link to an `api/` or `resources/` page that is not in the docs set. */
export const brokenResourceLink: LintRule = {
  id: 'broken-resource-link',
  severity: 'warning',
  origin: 'lint',
  description: 'A relative link points at an api/ or resources/ page that does not exist in the docs, so the type or operation it names is undocumented.',
  run: ({ pages }) => {
    // The docs site resolves links case-insensitively, so a case difference is not a broken link.
    const files = new Set(pages.map((p) => p.file.toLowerCase()));
    return pages.flatMap((page) => check(page, files));
  },
};

function check(page: DocPage, files: Set<string>): LintFinding[] {
  const seen = new Set<string>();
  const out: LintFinding[] = [];
  for (const link of page.links) {
    const target = resolveTarget(page.file, link.target);
    if (!target || files.has(target.toLowerCase())) continue;
    // Report each missing page once per page: one defect, however many times it is linked.
    if (seen.has(target)) continue;
    seen.add(target);
    out.push(finding(brokenResourceLink, page.file, link.line, `link to ${link.target} (${target}) does not resolve to a page in the docs`, ptr('links', link.target)));
  }
  return out;
}

/** The docs-root-relative path of a relative `.md` link into `api/` or `resources/`, else undefined. */
export function resolveTarget(from: string, target: string): string | undefined {
  if (/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(target)) return undefined;
  const path = safeDecode(target.split(/[?#]/)[0]!.trim());
  if (!path.toLowerCase().endsWith('.md')) return undefined;
  const resolved = posix.normalize(posix.join(posix.dirname(from), path));
  return /^(api|resources)\//.test(resolved) ? resolved : undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}
