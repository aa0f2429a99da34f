import type { DocPage } from '../docs/types.js';
import type { ApiModel, Property } from '../model/types.js';
import { enumListings } from './enumListings.js';
import { indexCsdl } from './lookup.js';
import { propertyMissCauses, type MissCause } from './missCause.js';
import type { CsdlModel } from './types.js';

export type { MissCause } from './missCause.js';

/** One CSDL name the docs lack. */
export interface Miss {
  cause: MissCause;
  /** `type.property` or `enum.member`. */
  name: string;
}

/** A CSDL name the docs have with other letter case: found, and reported. */
export interface CaseDifference {
  /** `type.property` or `enum.member` as the metadata spells it. */
  name: string;
  /** The docs' spelling of the property or member. */
  docs: string;
}

/** Found (exact or case-only) out of total, and the recall. */
export interface Recall {
  total: number;
  found: number;
  recall: number;
  /** Of `found`, the names the docs spell with other case (listed in `caseDifferences`). */
  caseOnly: number;
}

/** Recall of CSDL names in the doc-derived model, over resource types that have a page. */
export interface FidelityReport {
  types: number;
  properties: Recall;
  enumMembers: Recall;
  misses: Miss[];
  caseDifferences: CaseDifference[];
}

/** A property whose type the docs state: not one known only from example values (see `Property.origin`). */
const typed = (p: Property | undefined): boolean => p !== undefined && p.origin !== 'example';

/**
 * For every resource page whose type is in the CSDL: which declared CSDL properties the docs
 * document (the type's page, and what other pages say of it: `Property.origin`), and which members
 * of the enums those properties use the docs list (see `enumListings`). A name the docs spell with
 * other case counts as found and is listed in `caseDifferences`: the docs do document it.
 */
export function fidelity(model: ApiModel, csdl: CsdlModel, pages: DocPage[] = []): FidelityReport {
  const causeOf = propertyMissCauses(model, pages);
  const index = indexCsdl(csdl);
  const listings = enumListings(model, index);
  const misses: Miss[] = [];
  const caseDifferences: CaseDifference[] = [];
  const props = { total: 0, found: 0, caseOnly: 0 };
  const members = { total: 0, found: 0, caseOnly: 0 };
  const enumsSeen = new Set<string>();
  let types = 0;
  for (const resource of Object.values(model.resources)) {
    const type = index.type(resource.name);
    if (!type) continue;
    types++;
    const docs = new Map(resource.properties.map((p) => [p.name, p]));
    const lower = new Map(resource.properties.map((p) => [p.name.toLowerCase(), p]));
    for (const p of type.properties) {
      props.total++;
      const cased = docs.has(p.name) ? undefined : lower.get(p.name.toLowerCase());
      if (docs.has(p.name) || cased) props.found++;
      if (cased) {
        props.caseOnly++;
        caseDifferences.push({ name: `${type.name}.${p.name}`, docs: cased.name });
      } else if (!docs.has(p.name)) {
        misses.push({ name: `${type.name}.${p.name}`, cause: causeOf({ type: type.name, property: p.name, navigation: p.navigation, file: resource.source.file, documented: resource.properties.length }) });
      }
      const csdlEnum = index.enum(p.type.name);
      const listed = csdlEnum && listings.get(csdlEnum.qualifiedName)?.members;
      // An enum of an undocumented property is already a property miss; count its members only
      // where the docs list them somewhere or state the type of a property that uses it.
      if (!csdlEnum || enumsSeen.has(csdlEnum.qualifiedName) || (!listed && !typed(docs.get(p.name) ?? cased))) continue;
      enumsSeen.add(csdlEnum.qualifiedName);
      if (!listed) {
        members.total += csdlEnum.members.length;
        misses.push(...csdlEnum.members.map((m) => ({ name: `${csdlEnum.name}.${m}`, cause: 'enum-has-no-doc-list' as const })));
        continue;
      }
      const listedLower = new Map(listed.map((m) => [m.toLowerCase(), m]));
      for (const m of csdlEnum.members) {
        members.total++;
        const spelled = listed.includes(m) ? m : listedLower.get(m.toLowerCase());
        if (spelled !== undefined) members.found++;
        if (spelled !== undefined && spelled !== m) {
          members.caseOnly++;
          caseDifferences.push({ name: `${csdlEnum.name}.${m}`, docs: spelled });
        } else if (spelled === undefined) misses.push({ name: `${csdlEnum.name}.${m}`, cause: 'enum-member-not-documented' });
      }
    }
  }
  const ratio = (c: { total: number; found: number; caseOnly: number }): Recall => ({ ...c, recall: c.total === 0 ? 1 : c.found / c.total });
  const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return { types, properties: ratio(props), enumMembers: ratio(members), misses: misses.sort(byName), caseDifferences: caseDifferences.sort(byName) };
}
