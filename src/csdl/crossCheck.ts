import type { SourceRef } from '../docs/types.js';
import type { ApiModel, EnumType, Property, Resource } from '../model/types.js';
import { indexCsdl, type CsdlIndex } from './lookup.js';
import { sameTypeRef, showRef, simpleName } from './names.js';
import type { CsdlModel, CsdlStructuredType } from './types.js';

/** How docs and metadata disagree. */
export const DIFFERENCE_KINDS = [
  'type-not-in-metadata',
  'property-missing-from-docs',
  'property-not-in-metadata',
  'property-type-differs',
  'enum-member-missing-from-docs',
  'enum-member-not-in-metadata',
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
  const enumsSeen = new Set<string>();
  const enums = docEnumIndex(model);
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
    compareEnums(enums, resource, type, index, enumsSeen, differences);
  }
  const counts = Object.fromEntries(DIFFERENCE_KINDS.map((k) => [k, 0])) as Record<DifferenceKind, number>;
  for (const d of differences) counts[d.kind]++;
  return { matchedTypes, differences, counts };
}

type Report = (kind: DifferenceKind, message: string, member?: string, source?: SourceRef) => void;

function compareProperties(resource: Resource, type: CsdlStructuredType, index: CsdlIndex, diff: Report): void {
  const docs = new Map(resource.properties.map((p) => [p.name, p]));
  const all = new Map(index.allProperties(type).map((p) => [p.name, p]));
  for (const p of type.properties) {
    if (!docs.has(p.name)) diff('property-missing-from-docs', `${type.name}.${p.name} (${showRef(p.type)}) is in the metadata but not on the page`, p.name);
  }
  for (const p of resource.properties) {
    const meta = all.get(p.name);
    if (!meta) diff('property-not-in-metadata', `${resource.name}.${p.name} is documented but not in the metadata`, p.name, p.source);
    else if (!sameTypeRef(p.type, meta.type)) {
      diff('property-type-differs', `${resource.name}.${p.name}: docs say ${showRef(p.type)}, metadata ${showRef(meta.type)}`, p.name, p.source);
    }
  }
}

function compareEnums(enums: Map<string, EnumType>, resource: Resource, type: CsdlStructuredType, index: CsdlIndex, seen: Set<string>, out: CsdlDifference[]): void {
  const docs = new Map(resource.properties.map((p) => [p.name, p]));
  for (const meta of type.properties) {
    const csdlEnum = index.enum(meta.type.name);
    if (!csdlEnum || seen.has(csdlEnum.qualifiedName)) continue;
    const listed = docMembers(enums, csdlEnum.name, docs.get(meta.name));
    if (!listed) continue;
    seen.add(csdlEnum.qualifiedName);
    const add = (kind: DifferenceKind, member: string, message: string): void => {
      out.push({ kind, type: csdlEnum.name, member, message, source: listed.source });
    };
    for (const m of csdlEnum.members) if (!listed.members.includes(m)) add('enum-member-missing-from-docs', m, `${csdlEnum.name}.${m} is in the metadata but not in the docs`);
    for (const m of listed.members) if (!csdlEnum.members.includes(m)) add('enum-member-not-in-metadata', m, `${csdlEnum.name}.${m} is documented but not in the metadata`);
  }
}

/** Doc enums by simple lower-cased name. */
export function docEnumIndex(model: ApiModel): Map<string, EnumType> {
  return new Map(Object.values(model.enums).map((e) => [simpleName(e.name), e]));
}

/**
 * The documented members of an enum: its own page, else the enum the documented property is typed
 * with (the docs name some enums differently: `chatMessagePolicyViolationDlpActionType` for the
 * metadata's `…Types`), else the property's "Possible values".
 */
export function docMembers(enums: Map<string, EnumType>, name: string, prop: Property | undefined): { members: string[]; source: SourceRef } | undefined {
  const own = enums.get(simpleName(name)) ?? (prop ? enums.get(simpleName(prop.type.name)) : undefined);
  if (own) return own;
  const values = prop?.possibleValues;
  return prop && values && values.length > 0 ? { members: values, source: prop.source } : undefined;
}
