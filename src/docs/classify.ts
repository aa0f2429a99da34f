import type { CodeBlock, PageKind } from './types.js';

/** What a page says about itself, for `classifyPage`. */
export interface PageSignals {
  file: string;
  frontMatter: Record<string, unknown>;
  /** Front matter title, and the first H1 (either may be absent). */
  title?: string;
  h1?: string;
  blocks: readonly CodeBlock[];
  /** Titles of the page's headings. */
  headings: readonly string[];
}

/**
 * "user resource type", "Json resource type", "callRecords.session resource type", "xxx enum type",
 * and the shorter "educationSynchronizationOAuth2ClientCredentialsConnectionSettings resource"
 * (only for a camelCase name: "Get resource" is an API page).
 */
const TYPE_TITLE = /^([A-Za-z_][\w.]*)\s+(?:resource|complex|entity|enum)\s+type\b|^[a-z][\w.]*\s+(?:resource|enum)\s*(?:\(|$)/;

function blockTypes(blocks: readonly CodeBlock[]): Set<unknown> {
  return new Set(blocks.map((b) => b.annotation?.value?.['blockType']));
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
  const annotated = blockTypes(page.blocks);
  const requests = annotated.has('request');
  const resource = annotated.has('resource');
  if (requests && !resource) return 'api';
  if (resource && !requests) return 'resource';
  if (type === 'apipagetype') return 'api';
  if (type === 'resourcepagetype') return 'resource';
  const headings = page.headings.map((h) => h.trim().toLowerCase());
  if (headings.includes('http request')) return 'api';
  if (headings.includes('properties') || headings.includes('json representation')) return 'resource';
  return folderHint(page.file);
}

function folderHint(file: string): PageKind {
  const folders = file.toLowerCase().split('/').slice(0, -1);
  if (folders.includes('api')) return 'api';
  if (folders.includes('resources')) return 'resource';
  if (folders.includes('includes')) return 'include';
  return 'other';
}
