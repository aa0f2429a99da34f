import type { DocDiagnostic, SourceRef } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import { exampleItems, itemType, responseTypeOf } from './exampleChecks.js';
import type { TypeIndex } from './typeIndex.js';
import type { Operation, Property, Resource, TypeRef } from './types.js';

/** What the response examples show for one property its type's page lacks. */
interface Shown {
  resource: Resource;
  name: string;
  values: unknown[];
  source: SourceRef;
}

const UNTYPED: TypeRef = { name: 'Edm.Untyped', collection: false };

/** The JSON kind of a value, as a primitive type; undefined for objects and null. */
function kindOf(value: unknown): string | undefined {
  if (typeof value === 'string') return 'Edm.String';
  if (typeof value === 'boolean') return 'Edm.Boolean';
  // A number in one example says nothing of its range or integrality: any JSON number.
  if (typeof value === 'number') return 'Edm.Double';
  return undefined;
}

/**
 * The type a property's example values show: one primitive kind (arrays of it: a collection), else
 * untyped. Examples are one sample each, so nothing narrower than the JSON kind is claimed.
 */
function shownType(values: unknown[]): TypeRef {
  const present = values.filter((v) => v !== null);
  if (present.length === 0) return UNTYPED;
  const collection = present.every(Array.isArray);
  if (!collection && present.some(Array.isArray)) return UNTYPED;
  const items = collection ? present.flat().filter((v) => v !== null) : present;
  const kinds = new Set(items.map(kindOf));
  const [kind] = kinds;
  return kinds.size === 1 && kind ? { name: kind, collection } : { name: 'Edm.Untyped', collection };
}

/**
 * Properties that the response examples of a type show but its page (and its base types' pages)
 * does not document: taken into the model as properties of that type (`origin: 'example'`), typed
 * by the JSON kind of the values shown, so the schema knows the name the service demonstrably
 * returns. Items that declare a documented `@odata.type` count for that type; open types and key
 * properties are left alone. Each property taken is one `resource-property-only-in-examples`
 * diagnostic at the first example showing it (each example line stays an
 * `example-property-undocumented` warning: the page still lacks it). Contracts never require such
 * a property (see `requiredFields`).
 */
export function propertiesFromExamples(operations: readonly Operation[], index: TypeIndex, diagnostics: DocDiagnostic[]): void {
  const shown = new Map<Resource, Map<string, Shown>>();
  for (const op of operations) {
    for (const { response } of op.examples) {
      const type = response && response.body !== undefined ? responseTypeOf(op, response, index) : undefined;
      const declared = type && index.resource(type.name);
      if (!response || !declared) continue;
      for (const item of exampleItems(response.body, type.collection, declared, index).items) {
        if (item === null || typeof item !== 'object' || Array.isArray(item)) continue;
        const resource = itemType(item, declared, index);
        if (index.isOpen(resource)) continue;
        for (const [name, value] of Object.entries(item)) {
          // `value` a page does not document is a collection wrapper the example got wrong, not a property.
          if (name.includes('@') || name === 'value' || index.property(resource, name) || index.isKey(resource, name)) continue;
          let byName = shown.get(resource);
          if (!byName) shown.set(resource, (byName = new Map()));
          const entry = byName.get(name);
          if (entry) entry.values.push(value);
          else byName.set(name, { resource, name, values: [value], source: response.source });
        }
      }
    }
  }
  for (const byName of shown.values()) {
    for (const s of byName.values()) {
      const type = shownType(s.values);
      const property: Property = { name: s.name, type, description: '', nullable: true, readOnly: false, navigation: false, origin: 'example', source: s.source };
      index.adopt(s.resource, property);
      const typed = type.name === 'Edm.Untyped' ? 'untyped' : `typed ${type.name}${type.collection ? ' collection' : ''} from the values shown`;
      diagnostics.push(diagnostic('resource-property-only-in-examples', 'info', `Property \`${s.name}\` of ${s.resource.name} appears only in response examples, not on its resource page; taken into its schema ${typed}, never required.`, s.source, [s.resource.source]));
    }
  }
}
