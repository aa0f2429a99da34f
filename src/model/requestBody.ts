import type { DocDiagnostic, DocPage } from '../docs/types.js';
import { firstResourceLink, linkedPageId } from './markdown.js';
import { sectionProperties } from './propertyTable.js';
import { within } from './sections.js';
import { parseTypeRef } from './typeRef.js';
import type { Property, TypeRef } from './types.js';

const SUPPLY = /json representation|supply|provide/i;
const COLLECTION = /collection of|\bobjects\b/i;

/**
 * The Request body section: the type named by "supply a JSON representation of the [type](link)
 * object" and the fields of its table, if any.
 */
export function parseRequestBody(page: DocPage, section: number): { type?: TypeRef; typePage?: string; properties: Property[]; diagnostics: DocDiagnostic[] } {
  if (section < 0) return { properties: [], diagnostics: [] };
  let type: TypeRef | undefined;
  let typePage: string | undefined;
  for (const line of page.prose) {
    if (type || !within(page, line.section, section) || !SUPPLY.test(line.text)) continue;
    const link = firstResourceLink(line.text);
    const target = link ? linkedPageId(link.target) : undefined;
    const named = link && target ? parseTypeRef(link.text) : undefined;
    if (named) {
      type = { name: named.name, collection: named.collection || COLLECTION.test(line.text) };
      typePage = target;
    }
  }
  const found = sectionProperties(page, section, false);
  return type ? { type, typePage, properties: found.properties, diagnostics: found.diagnostics } : found;
}
