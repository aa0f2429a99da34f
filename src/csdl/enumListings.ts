import type { SourceRef } from '../docs/types.js';
import type { ApiModel, EnumType, Property } from '../model/types.js';
import { simpleName } from './names.js';
import type { CsdlIndex } from './lookup.js';

/** What the docs list for one CSDL enum, gathered over every page that lists it. */
export interface EnumListing {
  /** Union of the members, in first-seen order (pages in resource-name order). */
  members: string[];
  /** Where each list is: the enum page, or the row of each property typed with the enum. */
  sources: SourceRef[];
}

/**
 * The members the docs list for each CSDL enum (by qualified name): its enum page, else the union
 * of the "Possible values" of every documented property typed with it. A String-typed property
 * gets no enum in the model, and two pages may list different members (participantinfo.md lists
 * `endpointType` members that invitationparticipantinfo.md does not), so no one page decides.
 * Resources are visited in name order, so the result does not depend on page order.
 */
export function enumListings(model: ApiModel, index: CsdlIndex): Map<string, EnumListing> {
  const enums = docEnumIndex(model);
  const found = new Map<string, { members: Set<string>; sources: Map<string, SourceRef> }>();
  for (const resource of Object.values(model.resources).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const type = index.type(resource.name);
    if (!type) continue;
    let docs: Map<string, Property> | undefined;
    for (const p of type.properties) {
      const csdlEnum = index.enum(p.type.name);
      if (!csdlEnum) continue;
      // Exact names first, then a name the docs spell with other case (a case difference, reported apart).
      docs ??= new Map([...resource.properties.map((d): [string, Property] => [d.name.toLowerCase(), d]), ...resource.properties.map((d): [string, Property] => [d.name, d])]);
      const listed = docMembers(enums, csdlEnum.name, docs.get(p.name) ?? docs.get(p.name.toLowerCase()));
      if (!listed) continue;
      let listing = found.get(csdlEnum.qualifiedName);
      if (!listing) found.set(csdlEnum.qualifiedName, (listing = { members: new Set(), sources: new Map() }));
      for (const m of listed.members) listing.members.add(m);
      listing.sources.set(`${listed.source.file}:${listed.source.line}`, listed.source);
    }
  }
  return new Map([...found].map(([name, l]) => [name, { members: [...l.members], sources: [...l.sources.values()] }]));
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
