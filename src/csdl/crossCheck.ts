import type { SourceRef } from '../docs/types.js';
import type { ApiModel, Resource } from '../model/types.js';
import { enumListings, type EnumListing } from './enumListings.js';
import { indexCsdl, type CsdlIndex } from './lookup.js';
import { sameTypeRef, showRef } from './names.js';
import type { CsdlModel, CsdlStructuredType } from './types.js';

/** How docs and metadata disagree. */
export const DIFFERENCE_KINDS = [
  'type-not-in-metadata',
  'property-missing-from-docs',
  'property-not-in-metadata',
  'property-case-differs',
  'property-type-differs',
  'enum-member-missing-from-docs',
  'enum-member-not-in-metadata',
  'enum-member-case-differs',
] as const;

export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

/** One disagreement between a doc-derived type and the CSDL `$metadata`. Informational. */
export interface CsdlDifference {
  kind: DifferenceKind;
  /** Type (or enum) name as documented. */
  type: string;
  member?: string;
  message: string;
  source: SourceRef;
  /** Other doc lines saying the same (every other page listing the enum). */
  related?: SourceRef[];
}

/** Differences plus counts per kind (every kind present, zero included). */
export interface CrossCheckResult {
  /** Resource pages matched to a CSDL type. */
  matchedTypes: number;
  differences: CsdlDifference[];
  counts: Record<DifferenceKind, number>;
}

/**
 * Compares doc-derived resources and enums with the CSDL: each resource page's properties with its
 * CSDL type (declared properties must be documented; documented ones must exist, inherited included),
 * their types, and the members of every enum those properties use.
 */
export function crossCheck(model: ApiModel, csdl: CsdlModel): CrossCheckResult {
  const index = indexCsdl(csdl);
  const differences: CsdlDifference[] = [];
  let matchedTypes = 0;
  for (const resource of Object.values(model.resources).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const type = index.type(resource.name);
    const diff = (kind: DifferenceKind, message: string, member?: string, source = resource.source): void => {
      differences.push({ kind, type: resource.name, ...(member !== undefined ? { member } : {}), message, source });
    };
    if (!type) {
      diff('type-not-in-metadata', `${resource.name} has a resource page but no type in the metadata`);
      continue;
    }
    matchedTypes++;
    compareProperties(resource, type, index, diff);
  }
  compareEnums(enumListings(model, index), index, differences);
  const counts = Object.fromEntries(DIFFERENCE_KINDS.map((k) => [k, 0])) as Record<DifferenceKind, number>;
  for (const d of differences) counts[d.kind]++;
  return { matchedTypes, differences, counts };
}

/** How the docs show a property, by where it comes from (`Property.origin`). */
const SHOWN = { page: 'documented', 'derived-page': 'documented (on a derived type\'s page)', example: 'shown in response examples', 'api-path': 'shown in API paths' } as const;

type Report = (kind: DifferenceKind, message: string, member?: string, source?: SourceRef) => void;

/**
 * A resource's properties against its CSDL type. A name spelled with other case is one
 * `property-case-differs`, not a missing and an extra name. The docs' types are compared where the
 * docs state one (not for properties known only from example values).
 */
function compareProperties(resource: Resource, type: CsdlStructuredType, index: CsdlIndex, diff: Report): void {
  const docs = new Map(resource.properties.map((p) => [p.name, p]));
  const docsLower = new Map(resource.properties.map((p) => [p.name.toLowerCase(), p]));
  const all = new Map(index.allProperties(type).map((p) => [p.name, p]));
  const allLower = new Map(index.allProperties(type).map((p) => [p.name.toLowerCase(), p]));
  for (const p of type.properties) {
    if (docs.has(p.name)) continue;
    const cased = docsLower.get(p.name.toLowerCase());
    if (cased) diff('property-case-differs', `${type.name}.${p.name} is spelled \`${cased.name}\` in the docs`, p.name, cased.source);
    else diff('property-missing-from-docs', `${type.name}.${p.name} (${showRef(p.type)}) is in the metadata but not on the page`, p.name);
  }
  for (const p of resource.properties) {
    const meta = all.get(p.name);
    if (!meta && allLower.has(p.name.toLowerCase())) continue;
    if (!meta) diff('property-not-in-metadata', `${resource.name}.${p.name} is ${SHOWN[p.origin ?? 'page']} but not in the metadata`, p.name, p.source);
    else if (p.origin !== 'example' && !sameTypeRef(p.type, meta.type)) {
      diff('property-type-differs', `${resource.name}.${p.name}: docs say ${showRef(p.type)}, metadata ${showRef(meta.type)}`, p.name, p.source);
    }
  }
}

/**
 * Each CSDL enum a documented type uses, against the union of every doc list of it (see
 * `enumListings`); a difference names the first list and, as `related`, the others. A member the
 * docs spell with other case is one `enum-member-case-differs`.
 */
function compareEnums(listings: Map<string, EnumListing>, index: CsdlIndex, out: CsdlDifference[]): void {
  for (const [qualifiedName, listed] of [...listings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const csdlEnum = index.enum(qualifiedName)!;
    const [source, ...related] = listed.sources as [SourceRef, ...SourceRef[]];
    const add = (kind: DifferenceKind, member: string, message: string): void => {
      out.push({ kind, type: csdlEnum.name, member, message, source, ...(related.length > 0 ? { related } : {}) });
    };
    const docsLower = new Map(listed.members.map((m) => [m.toLowerCase(), m]));
    const metaLower = new Set(csdlEnum.members.map((m) => m.toLowerCase()));
    for (const m of csdlEnum.members) {
      if (listed.members.includes(m)) continue;
      const cased = docsLower.get(m.toLowerCase());
      if (cased) add('enum-member-case-differs', m, `${csdlEnum.name}.${m} is spelled \`${cased}\` in the docs`);
      else add('enum-member-missing-from-docs', m, `${csdlEnum.name}.${m} is in the metadata but not in the docs`);
    }
    for (const m of listed.members) if (!csdlEnum.members.includes(m) && !metaLower.has(m.toLowerCase())) add('enum-member-not-in-metadata', m, `${csdlEnum.name}.${m} is documented but not in the metadata`);
  }
}
