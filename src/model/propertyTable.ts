import type { DocDiagnostic, DocPage, Table } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import { firstLink, plainText } from './markdown.js';
import { announcesValues, inlineEnum, parsePossibleValues, saysNotNullable, saysReadOnly } from './possibleValues.js';
import { within } from './sections.js';
import { parseTypeRef } from './typeRef.js';
import type { Property } from './types.js';

const NAME = /^[@A-Za-z_$][\w.@$-]*/;
const NAME_ONLY = /^[@A-Za-z_$][\w.@$-]*$/;
const NAME_HEADER = /^(property|properties|name|parameter|property name|relationship|relationship name)$/;
const TRAILING_PUNCTUATION = /[*.,]+$/g;
const EMPHASIS = /[*`]/g;
const WORD_LINK = /^\[\w+\]\([^)(]*\)$/;
const INHERITED = /inherited from\s+(\[[^\]]+\](?:\([^)]*\))?|\S+)/i;

/** Column indexes of a `Property | Type | Description` table, or undefined for other tables. */
export function propertyColumns(table: Table): { name: number; type: number; description: number } | undefined {
  const header = table.header.map((h) => plainText(h).toLowerCase());
  if (!NAME_HEADER.test(header[0] ?? '')) return undefined;
  const type = header.findIndex((h) => h === 'type' || h === 'value type' || h === 'data type');
  if (type < 0) return undefined;
  return { name: 0, type, description: header.findIndex((h) => h.startsWith('description')) };
}

/** The property name a name cell starts with: the cell itself when it is nothing else (nearly all), without a match array. */
function leadingName(text: string): string | undefined {
  return NAME_ONLY.test(text) ? text : NAME.exec(text)?.[0];
}

/** "Inherited from [entity](entity.md)" → `entity`. */
function inheritedFrom(description: string): string | undefined {
  if (!description.includes('nherited')) return undefined;
  const m = INHERITED.exec(description);
  if (!m?.[1]) return undefined;
  // Nearly every row says `[name](link)`: the name is the link text, with nothing to strip.
  if (WORD_LINK.test(m[1])) return m[1].slice(1, m[1].indexOf(']'));
  const name = (firstLink(m[1] ?? '')?.text ?? m[1] ?? '').replace(TRAILING_PUNCTUATION, '').replace(EMPHASIS, '');
  return name || undefined;
}

/** What property tables read into: one pair of lists for all the tables of a section or page. */
export interface PropertiesFound {
  properties: Property[];
  diagnostics: DocDiagnostic[];
}

/**
 * A properties-style table → Property[] (resource Properties, Relationships with `navigation`,
 * Request body), added to `into`. Rows without a name or type become diagnostics, never silent gaps.
 */
export function parsePropertyTable(table: Table, file: string, navigation: boolean, into: PropertiesFound = { properties: [], diagnostics: [] }): PropertiesFound {
  const cols = propertyColumns(table);
  const { properties, diagnostics } = into;
  if (!cols) return into;
  for (const row of table.rows) {
    // `|**Onboarding**|`: a label grouping the rows below, not a property.
    if (filledCells(row.cells) <= 1) continue;
    const source = { file, line: row.line };
    const name = leadingName(plainText(row.cells[cols.name] ?? ''));
    const typeCell = row.cells[cols.type] ?? '';
    const type = parseTypeRef(typeCell);
    if (!name || !type) {
      diagnostics.push(diagnostic('property-row-unreadable', 'warning', `Table row has no readable ${name ? `type ("${plainText(typeCell)}") for "${name}"` : 'property name'}.`, source));
      continue;
    }
    const description = cols.description >= 0 ? (row.cells[cols.description] ?? '') : '';
    const text = plainText(description);
    const property: Property = { name, type, description: text, readOnly: saysReadOnly(text), nullable: !saysNotNullable(text), navigation, source };
    const possibleValues = parsePossibleValues(description);
    if (possibleValues) property.possibleValues = possibleValues;
    const values = inlineEnum(type, possibleValues, source);
    if (values) property.inlineEnum = values;
    else if (!possibleValues && type.name === 'Edm.String' && announcesValues(description)) {
      diagnostics.push(diagnostic('possible-values-unreadable', 'warning', `The description of \`${name}\` announces possible values but lists none that can be read (\`a\`, \`b\` or plain words); no enum is made for it: "${clip(text)}".`, source));
    }
    const base = inheritedFrom(description);
    if (base) property.inheritedFrom = base;
    properties.push(property);
  }
  return into;
}

/** How many cells of a row are not empty (counted, not filtered: this runs for every table row). */
function filledCells(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) if (c !== '') n++;
  return n;
}

/** The announced list, shortened for a message. */
function clip(text: string): string {
  const at = text.search(/(?:possible|valid|supported) values/i);
  const from = Math.max(0, at);
  return text.length - from > 120 ? `${text.slice(from, from + 117)}...` : text.slice(from);
}

/** Properties of every property table in a section and its subsections, in page order, added to `into`. */
export function sectionProperties(page: DocPage, section: number, navigation: boolean, into: PropertiesFound = { properties: [], diagnostics: [] }): PropertiesFound {
  for (const table of page.tables) if (within(page, table.section, section)) parsePropertyTable(table, page.file, navigation, into);
  return into;
}
