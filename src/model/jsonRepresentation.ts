import type { CodeBlock, DocDiagnostic, SourceRef } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import { parseJsonBody } from './jsonBody.js';
import { parseTypeRef } from './typeRef.js';
import type { Property, TypeRef } from './types.js';

/** The type a JSON representation value stands for: `"String"`, `{"@odata.type": "x"}`, `["String"]`, `true`, `1024`. */
function typeOf(value: unknown): TypeRef | undefined {
  if (Array.isArray(value)) {
    const item = value.length > 0 ? typeOf(value[0]) : undefined;
    return item ? { name: item.name, collection: true } : undefined;
  }
  if (typeof value === 'string') {
    if (/timestamp/i.test(value)) return { name: 'Edm.DateTimeOffset', collection: false };
    // Only type names count: open types show example values ("Red") that name no type.
    const ref = parseTypeRef(value.replace(/^#/, ''));
    return ref && (ref.name.startsWith('Edm.') || /^microsoft\.graph\./i.test(value)) ? ref : undefined;
  }
  if (typeof value === 'boolean') return { name: 'Edm.Boolean', collection: false };
  if (typeof value === 'number') return { name: Number.isInteger(value) ? 'Edm.Int32' : 'Edm.Double', collection: false };
  const odataType = (value as Record<string, unknown> | null)?.['@odata.type'];
  return typeof odataType === 'string' ? parseTypeRef(odataType.replace(/^#/, '')) : undefined;
}

/**
 * Properties the JSON representation shows but the tables do not: taken from the representation
 * (its values name the types), each one reported, so a resource page's two halves agree in the
 * model. `documented` holds the lower-cased names the tables give.
 */
export function representationOnly(block: CodeBlock, file: string, documented: Set<string>): { properties: Property[]; diagnostics: DocDiagnostic[] } {
  const start: SourceRef = { file, line: block.line + 1 };
  const parsed = parseJsonBody(block.text, start);
  const body = parsed.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { properties: [], diagnostics: [diagnostic('resource-json-unreadable', 'info', 'The JSON representation is not a readable JSON object; its properties are not compared with the tables.', start)] };
  }
  const properties: Property[] = [];
  const diagnostics: DocDiagnostic[] = [];
  // Split only when a property is missing from the tables (most representations have none).
  let lines: string[] | undefined;
  for (const [name, value] of Object.entries(body)) {
    if (name.includes('@') || documented.has(name.toLowerCase())) continue;
    const type = typeOf(value);
    if (!type) continue;
    const offset = (lines ??= block.text.split('\n')).findIndex((l) => l.includes(`"${name}"`));
    const source = { file, line: start.line + Math.max(offset, 0) };
    properties.push({ name, type, description: '', nullable: true, readOnly: false, navigation: false, source });
    diagnostics.push(diagnostic('resource-property-only-in-json', 'info', `Property \`${name}\` appears in the JSON representation but in no properties table; typed ${type.name}${type.collection ? ' collection' : ''} from the representation.`, source));
  }
  return { properties, diagnostics };
}
