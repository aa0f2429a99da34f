import type { CodeBlock, PageKind, Section } from './types.js';

/** What a page says about itself, for `classifyPage`. */
export interface PageSignals {
  file: string;
  frontMatter: Record<string, unknown>;
  /** Front matter title, and the first H1 (either may be absent). */
  title?: string;
  h1?: string;
  blocks: readonly CodeBlock[];
  /** The page's headings (only their titles are read). */
  sections: readonly Pick<Section, 'title'>[];
}

/**
 * "user resource type", "Json resource type", "callRecords.session resource type", "xxx enum type",
 * and the shorter "educationSynchronizationOAuth2ClientCredentialsConnectionSettings resource"
 * (only for a camelCase name: "Get resource" is an API page).
 */
const TYPE_TITLE = /^([A-Za-z_][\w.]*)\s+(?:resource|complex|entity|enum)\s+type\b|^[a-z][\w.]*\s+(?:resource|enum)\s*(?:\(|$)/;

/** True when a block's annotation has this `blockType`. */
function annotates(blocks: readonly CodeBlock[], blockType: string): boolean {
  for (const b of blocks) if (b.annotation?.value?.['blockType'] === blockType) return true;
  return false;
}

/** A heading that says an API page, or a resource page, in any letter case, blanks around it aside. */
const API_HEADING = /^\s*http request\s*$/i;
const RESOURCE_HEADING = /^\s*(?:properties|json representation)\s*$/i;

/** True when some heading's title matches `title` (a test per heading: no lower-cased copy of each). */
function hasHeading(sections: readonly Pick<Section, 'title'>[], title: RegExp): boolean {
  for (const s of sections) if (title.test(s.title)) return true;
  return false;
}

/** `doc_type` as written (`apiPageType`, `"apiPageType" `, `resourcePageType_`), normalised. */
function docType(frontMatter: Record<string, unknown>): string {
  const v = frontMatter['doc_type'];
  return typeof v === 'string' ? v.trim().replace(/_+$/, '').toLowerCase() : '';
}

/**
 * What a page is, by what it says: an include (`ms.topic: include`); a resource or enum page by
 * its title or H1 ("X resource type", "X enum type"); front matter `doc_type` of an enum or
 * conceptual page; an API page when it annotates example requests and no resource, a resource page
 * when the reverse; then front matter `doc_type`; then
 * an "HTTP request" or "Properties" heading; the folder (`api/`, `resources/`, `includes/`) only
 * when the page says nothing. In that order because `doc_type` is sometimes wrong
 * (`api/ediscovery-case-list-operations.md` says resourcePageType; `resources/activateservice.md`
 * apiPageType), while titles and annotations are what the reference's own tooling reads.
 */
export function classifyPage(page: PageSignals): PageKind {
  if (String(page.frontMatter['ms.topic'] ?? '').trim().toLowerCase() === 'include') return 'include';
  if (TYPE_TITLE.test(page.title?.trim() ?? '') || TYPE_TITLE.test(page.h1?.trim() ?? '')) return 'resource';
  const type = docType(page.frontMatter);
  if (type === 'enumpagetype' || type === 'enumtypes') return 'resource';
  // Tutorials show requests too; a page that says it is conceptual is not an API page.
  if (type === 'conceptualpagetype') return 'other';
  const requests = annotates(page.blocks, 'request');
  const resource = annotates(page.blocks, 'resource');
  if (requests && !resource) return 'api';
  if (resource && !requests) return 'resource';
  if (type === 'apipagetype') return 'api';
  if (type === 'resourcepagetype') return 'resource';
  if (hasHeading(page.sections, API_HEADING)) return 'api';
  if (hasHeading(page.sections, RESOURCE_HEADING)) return 'resource';
  return folderHint(page.file);
}

function folderHint(file: string): PageKind {
  const folders = file.toLowerCase().split('/').slice(0, -1);
  if (folders.includes('api')) return 'api';
  if (folders.includes('resources')) return 'resource';
  if (folders.includes('includes')) return 'include';
  return 'other';
}
