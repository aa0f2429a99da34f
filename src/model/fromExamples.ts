import type { DocDiagnostic, SourceRef } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import type { TypeIndex } from './typeIndex.js';
import type { HttpExample, Property, Resource, TypeRef } from './types.js';

/** What the response examples show for one property its type's pages lack. */
interface Shown {
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
 * The names response examples show that their type's pages (and base types' pages) do not
 * document, gathered while the examples are checked (`checkExamples` passes them to `add`: items
 * of a documented `@odata.type` count for that type; open types and key properties never arrive).
 */
export class ExampleNames {
  private readonly byResource = new Map<Resource, Map<string, Shown>>();

  /** Records one value of an undocumented name; `value` itself is a collection wrapper, not a property. */
  readonly add = (resource: Resource, name: string, value: unknown, example: HttpExample): void => {
    if (name === 'value') return;
    let byName = this.byResource.get(resource);
    if (!byName) this.byResource.set(resource, (byName = new Map()));
    const entry = byName.get(name);
    if (entry) entry.values.push(value);
    else byName.set(name, { values: [value], source: example.source });
  };

  /**
   * Takes every recorded name into its type (`origin: 'example'`), typed by the JSON kind of the
   * values shown, so the schema knows the names the service demonstrably returns; one
   * `resource-property-only-in-examples` diagnostic each at the first example showing it (each
   * example line stays an `example-property-undocumented` warning: the page still lacks it).
   * Contracts never require such a property (see `requiredFields`).
   */
  adopt(index: TypeIndex, diagnostics: DocDiagnostic[]): void {
    for (const [resource, byName] of this.byResource) {
      for (const [name, s] of byName) {
        const type = shownType(s.values);
        const property: Property = { name, type, description: '', nullable: true, readOnly: false, navigation: false, origin: 'example', source: s.source };
        index.adopt(resource, property);
        const typed = type.name === 'Edm.Untyped' ? 'untyped' : `typed ${type.name}${type.collection ? ' collection' : ''} from the values shown`;
        diagnostics.push(diagnostic('resource-property-only-in-examples', 'info', `Property \`${name}\` of ${resource.name} appears only in response examples, not on its resource page; taken into its schema ${typed}, never required.`, s.source, [resource.source]));
      }
    }
  }
}
