import type { CodeBlock, DocDiagnostic, SourceRef } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import { parseJsonBody } from './jsonBody.js';
import { parseTypeRef } from './typeRef.js';
import type { Property, TypeRef } from './types.js';

const TIMESTAMP = /timestamp/i;
const GRAPH_NAMESPACE = /^microsoft\.graph\./i;
const HASH = /^#/;

/** The type a JSON representation value stands for: `"String"`, `{"@odata.type": "x"}`, `["String"]`, `true`, `1024`. */
function typeOf(value: unknown): TypeRef | undefined {
  if (Array.isArray(value)) {
    const item = value.length > 0 ? typeOf(value[0]) : undefined;
    return item ? { name: item.name, collection: true } : undefined;
  }
  if (typeof value === 'string') {
    if (TIMESTAMP.test(value)) return { name: 'Edm.DateTimeOffset', collection: false };
    // `microsoft.graph.Json`, written bare (`"cellAddresses": "Json"` in workbookrangeview.md).
    if (value === 'Json') return { name: 'Json', collection: false };
    // Only type names count: open types show example values ("Red") that name no type.
    const ref = parseTypeRef(value.replace(HASH, ''));
    return ref && (ref.name.startsWith('Edm.') || GRAPH_NAMESPACE.test(value)) ? ref : undefined;
  }
  if (typeof value === 'boolean') return { name: 'Edm.Boolean', collection: false };
  if (typeof value === 'number') return { name: Number.isInteger(value) ? 'Edm.Int32' : 'Edm.Double', collection: false };
  const odataType = (value as Record<string, unknown> | null)?.['@odata.type'];
  return typeof odataType === 'string' ? parseTypeRef(odataType.replace(HASH, '')) : undefined;
}

/**
 * Properties the JSON representation shows but the tables do not: taken from the representation
 * (its values name the types), each one reported, so a resource page's two halves agree in the
 * model. `documented` holds the tables' properties by lower-cased name. A name the two spell with
 * different case is reported and the table's spelling kept: over the beta reference neither half
 * is reliably the one the service uses (device.md's JSON is wrong, printusagebyprinter.md's table is).
 */
export function representationOnly(block: CodeBlock, file: string, documented: Map<string, Property>): { properties: Property[]; diagnostics: DocDiagnostic[] } {
  const start: SourceRef = { file, line: block.line + 1 };
  const parsed = parseJsonBody(block.text, start);
  const body = parsed.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { properties: [], diagnostics: [diagnostic('resource-json-unreadable', 'info', 'The JSON representation is not a readable JSON object; its properties are not compared with the tables.', start)] };
  }
  const properties: Property[] = [];
  const diagnostics: DocDiagnostic[] = [];
  // Split only when a line must be named (a property missing from the tables or spelt differently);
  // most representations need none.
  let lines: string[] | undefined;
  // Keys, not entries: one array, not one more per property.
  for (const name of Object.keys(body)) {
    const value = (body as Record<string, unknown>)[name];
    if (name.includes('@')) continue;
    const source = (): SourceRef => ({ file, line: start.line + Math.max((lines ??= block.text.split('\n')).findIndex((l) => l.includes(`"${name}"`)), 0) });
    const table = documented.get(name.toLowerCase());
    if (table) {
      if (table.name !== name) diagnostics.push(diagnostic('resource-property-case-differs', 'warning', `The JSON representation spells \`${name}\`, the properties table \`${table.name}\`; the table's spelling is used.`, source(), [table.source]));
      continue;
    }
    const type = typeOf(value);
    if (!type) continue;
    const at = source();
    properties.push({ name, type, description: '', nullable: true, readOnly: false, navigation: false, source: at });
    diagnostics.push(diagnostic('resource-property-only-in-json', 'info', `Property \`${name}\` appears in the JSON representation but in no properties table; typed ${type.name}${type.collection ? ' collection' : ''} from the representation.`, at));
  }
  return { properties, diagnostics };
}
