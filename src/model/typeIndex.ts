import type { DocDiagnostic } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import { NameKeys, NameMap } from './nameMap.js';
import { typeKey } from './typeRef.js';
import type { EnumType, Property, Resource } from './types.js';
import { append } from '../util/append.js';

const DOTS = /\./g;

/**
 * Case-insensitive lookups of documented types (the docs spell one type several ways:
 * `educationsynchronizationprofilestatus`, `educationSynchronizationProfileStatus`). Names keep
 * sub-namespaces (`callRecords.endpoint` ≠ `endpoint`); an unqualified lookup falls back to the
 * simple name. For a type documented twice, the page named after the type wins (`user.md` over
 * `intune-shared-user.md`), else the first in path order; the other is reported.
 */
export class TypeIndex {
  private readonly keys = new NameKeys();
  private readonly resources = new NameMap<{ resource: Resource; pageId: string }>(this.keys);
  private readonly enums = new NameMap<EnumType>(this.keys);
  private readonly byPage = new Map<string, Resource>();
  private readonly propertyMaps = new WeakMap<Resource, Map<string, Property>>();
  private readonly lineages = new WeakMap<Resource, Resource[]>();

  /**
   * Adds a resource, or reports a duplicate name. `pageId` lets links to its page resolve. Of a
   * type documented twice, the page used also takes the properties only the other page documents
   * (`intune-shared-user.md` documents user's Intune relationships, which `user.md` lacks).
   */
  addResource(resource: Resource, pageId: string, diagnostics: DocDiagnostic[]): void {
    this.byPage.set(pageId.toLowerCase(), resource);
    const first = this.resources.exact(resource.name);
    const canonical = (id: string): boolean => id.toLowerCase() === typeKey(resource.name).replace(DOTS, '-');
    if (first && (canonical(first.pageId) || !canonical(pageId))) {
      diagnostics.push(diagnostic('type-defined-twice', 'info', `Type ${resource.name} is also documented at ${first.resource.source.file}, which is used${mergeProperties(first.resource, resource)}.`, resource.source, [first.resource.source]));
      return;
    }
    if (first) diagnostics.push(diagnostic('type-defined-twice', 'info', `Type ${resource.name} is also documented at ${resource.source.file}, which is used${mergeProperties(resource, first.resource)}.`, first.resource.source, [resource.source]));
    this.resources.set(resource.name, { resource, pageId });
  }

  /** Adds an enum, or reports a duplicate name whose members differ (the first stays; a same-member repeat is silent). */
  addEnum(e: EnumType, diagnostics: DocDiagnostic[]): void {
    const first = this.enums.exact(e.name);
    if (first && first.members.join('|') === e.members.join('|')) return;
    if (first) {
      diagnostics.push(diagnostic('type-defined-twice', 'info', `Enum ${e.name} is also documented at ${first.source.file}:${first.source.line}, which is used.`, e.source, [first.source]));
      return;
    }
    this.enums.set(e.name, e);
  }

  /** Adds a property another page documents for `resource` (see `Property.origin`); lookups see it at once. */
  adopt(resource: Resource, property: Property): void {
    resource.properties.push(property);
    this.propertyMaps.delete(resource);
  }

  resource(name: string): Resource | undefined {
    return this.resources.get(name)?.resource;
  }

  resourceByPage(pageId: string): Resource | undefined {
    return this.byPage.get(pageId.toLowerCase());
  }

  enum(name: string): EnumType | undefined {
    return this.enums.get(name);
  }

  allResources(): Resource[] {
    return [...this.resources.byFull.values()].map((r) => r.resource);
  }

  allEnums(): EnumType[] {
    return [...this.enums.byFull.values()];
  }

  /** A property of `resource` or of its base types (cycle-safe), by exact then case-insensitive name. */
  property(resource: Resource, name: string): Property | undefined {
    for (const r of this.lineage(resource)) {
      const found = this.propertiesOf(r).get(name) ?? this.propertiesOf(r).get(name.toLowerCase());
      if (found) return found;
    }
    return undefined;
  }

  /** Properties by name and by lower-cased name (exact spellings win). Built on first use: call after all types are added. */
  private propertiesOf(resource: Resource): Map<string, Property> {
    let map = this.propertyMaps.get(resource);
    if (!map) {
      map = new Map();
      for (const p of resource.properties) if (!map.has(p.name.toLowerCase())) map.set(p.name.toLowerCase(), p);
      for (const p of resource.properties) if (!map.has(p.name)) map.set(p.name, p);
      this.propertyMaps.set(resource, map);
    }
    return map;
  }

  /** True when `resource` is keyed or derives (through documented base types) from `entity` or a keyed type. */
  isEntity(resource: Resource): boolean {
    return this.lineage(resource).some((r) => r.keyProperty || typeKey(r.baseType ?? '') === 'entity' || r.properties.some((p) => p.name === 'id'));
  }

  /** True when `name` is the `keyProperty` its JSON representation declares (key rows are often left out of the table). */
  isKey(resource: Resource, name: string): boolean {
    return this.lineage(resource).some((r) => r.keyProperty === name);
  }

  /** True when `resource` or a base type is an open type: undeclared properties are allowed. */
  isOpen(resource: Resource): boolean {
    return this.lineage(resource).some((r) => r.openType);
  }

  /** `resource` and its documented base types, nearest first, stopping at a cycle. */
  private lineage(resource: Resource): Resource[] {
    let out = this.lineages.get(resource);
    if (!out) {
      out = [];
      for (let r: Resource | undefined = resource; r && !out.includes(r); r = r.baseType ? this.resource(r.baseType) : undefined) out.push(r);
      this.lineages.set(resource, out);
    }
    return out;
  }
}

/** Appends to `kept` the properties only `other` documents (by case-insensitive name); says which, for the diagnostic. */
function mergeProperties(kept: Resource, other: Resource): string {
  const names = new Set(kept.properties.map((p) => p.name.toLowerCase()));
  const added = other.properties.filter((p) => !names.has(p.name.toLowerCase()));
  append(kept.properties, added);
  return added.length === 0 ? '' : `; the ${added.length === 1 ? 'property' : `${added.length} properties`} only this page documents ${added.length === 1 ? 'is' : 'are'} added to it: ${added.map((p) => `\`${p.name}\``).join(', ')}`;
}
