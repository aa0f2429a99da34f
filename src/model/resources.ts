import type { CodeBlock, DocDiagnostic, DocPage } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import { firstLink } from './markdown.js';
import { representationOnly } from './jsonRepresentation.js';
import { parsePropertyTable, propertyColumns, sectionProperties, type PropertiesFound } from './propertyTable.js';
import { findSection, within } from './sections.js';
import type { Property, Resource } from './types.js';
import { append } from '../util/append.js';

// "Derived from" only opening a sentence about the page's type ("Derived from X", "This type is
// derived from X", "It is derived from X") and before a link or bold name: elsewhere it says
// where a value comes from, or lists the types derived from this one ("types … are derived from X").
const INHERITS = /\binherits from\s+(\[[^\]]+\]|\*\*[^*]+\*\*|[A-Za-z_][\w.]*)|(?:^|[.!?]\s+)(?:(?:it|this(?: \w+){0,2}) is )?derive[sd] from\s+(\[[^\]]+\]|\*\*[^*]+\*\*)/i;

const GRAPH_NAMESPACE = /^#?microsoft\.graph\./i;
const LINK_MARKUP = /[*[\]]/g;
const SIMPLE_NAME = /^[A-Za-z_][\w.]*$/;
const TITLE_NAME = /^([A-Za-z_][\w.]*)\s+(?:resource|complex|entity)\b/i;
const PROPERTIES_SECTION = /^properties$/i;
const RELATIONSHIPS_SECTION = /^relationships?$/i;

function graphName(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().replace(GRAPH_NAMESPACE, '') : undefined;
}

/** The `blockType: resource` annotation of the JSON representation, if any. */
export function resourceBlock(page: DocPage): CodeBlock | undefined {
  return page.blocks.find((b) => b.annotation?.value?.['blockType'] === 'resource');
}

/**
 * "Inherits from [entity](entity.md)" or "Derived from [message](message.md)" in the page prose →
 * the name, its line, and whether it is a link (a name written as a link is meant as a type name).
 */
function inheritsFrom(page: DocPage): { name: string; line: number; linked: boolean } | undefined {
  for (const line of page.prose) {
    const m = INHERITS.exec(line.text);
    const said = m?.[1] ?? m?.[2];
    if (!said) continue;
    const link = firstLink(said + '()');
    return { name: (link?.text ?? said).replace(LINK_MARKUP, ''), line: line.line, linked: link !== undefined };
  }
  return undefined;
}

/**
 * The base type: the annotation's, or the prose's where the annotation names none. Where the
 * annotation names only `entity` and the prose links a more specific base (`orgContact`:
 * annotation `entity`, prose "Inherits from [directoryObject](directoryobject.md)"; Graph's
 * metadata agrees with the prose), the prose wins and the disagreement is reported. Other
 * differences are spellings of one base (`callRecords.endpoint` and "endpoint", a link text
 * written as words): the annotation is kept.
 */
function baseTypeOf(page: DocPage, annotated: string | undefined, name: string, diagnostics: DocDiagnostic[]): string | undefined {
  const said = inheritsFrom(page);
  // A type is not its own base ("types … inherit from **X**" on X's page).
  const prose = said && said.name.toLowerCase() !== name.toLowerCase() ? said : undefined;
  if (!annotated || !prose) return annotated ?? prose?.name;
  if (annotated !== 'entity' || !prose.linked || !SIMPLE_NAME.test(prose.name) || prose.name.toLowerCase() === 'entity') return annotated;
  diagnostics.push(diagnostic('base-type-disagrees', 'warning', `${name}'s JSON representation names base type \`entity\` but the page says it inherits from \`${prose.name}\` (line ${prose.line}); \`${prose.name}\` is used.`, { file: page.file, line: prose.line }));
  return prose.name;
}

/** The type name from the title: "educationSynchronizationProfileStatus resource type" → first word. */
function titleName(page: DocPage): string | undefined {
  const m = TITLE_NAME.exec(page.title.trim());
  return m?.[1];
}

/**
 * The Properties section's tables; on pages without that heading, every property-shaped table
 * outside Relationships (some pages put the table right under the title).
 */
function propertiesSection(page: DocPage, relationships: number): PropertiesFound {
  const section = findSection(page, PROPERTIES_SECTION);
  if (section >= 0) return sectionProperties(page, section, false);
  const into: PropertiesFound = { properties: [], diagnostics: [] };
  for (const t of page.tables) if (!within(page, t.section, relationships) && propertyColumns(t)) parsePropertyTable(t, page.file, false, into);
  return into;
}

/**
 * A resource page → Resource: Properties table(s), Relationships table (navigation), and the JSON
 * representation annotation (`@odata.type`, `baseType`, `keyProperty`, `openType`). Pages with
 * neither a properties table nor a resource annotation (overviews) are not resources.
 * `kind` is provisional here (`entity` when keyed); the builder settles it along base types.
 */
export function buildResource(page: DocPage): { resource?: Resource; diagnostics: DocDiagnostic[] } {
  const block = resourceBlock(page);
  const relationships = findSection(page, RELATIONSHIPS_SECTION);
  // Properties, then relationships, into one pair of lists.
  const { properties, diagnostics } = sectionProperties(page, relationships, true, propertiesSection(page, relationships));
  if (!block && properties.length === 0) return { diagnostics };
  const a = block?.annotation?.value ?? {};
  const name = graphName(a['@odata.type']) ?? titleName(page) ?? page.id;
  const source = { file: page.file, line: page.sections.find((s) => s.level === 1)?.line ?? 1 };
  if (!block) diagnostics.push(diagnostic('resource-annotation-missing', 'info', `Resource page for ${name} has no \`"blockType": "resource"\` JSON representation; type name taken from the title.`, source));
  const baseType = baseTypeOf(page, graphName(a['baseType']), name, diagnostics);
  const keyProperty = graphName(a['keyProperty']);
  if (block) {
    // By lower-cased name, the first of a spelling kept.
    const documented = new Map<string, Property>();
    for (const p of properties) if (!documented.has(p.name.toLowerCase())) documented.set(p.name.toLowerCase(), p);
    const extra = representationOnly(block, page.file, documented);
    append(properties, extra.properties);
    append(diagnostics, extra.diagnostics);
  }
  const resource: Resource = {
    name,
    kind: keyProperty || properties.some((p) => p.name === 'id') ? 'entity' : 'complex',
    openType: a['openType'] === true,
    properties,
    source,
  };
  if (baseType) resource.baseType = baseType;
  if (keyProperty) resource.keyProperty = keyProperty;
  return { resource, diagnostics };
}
