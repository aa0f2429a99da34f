import type { DocPage } from '../docs/types.js';
import type { ApiModel } from '../model/types.js';
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

/** Recall of CSDL names in the doc-derived model, over resource types that have a page. */
export interface FidelityReport {
  types: number;
  properties: { total: number; found: number; recall: number };
  enumMembers: { total: number; found: number; recall: number };
  misses: Miss[];
}

/**
 * For every resource page whose type is in the CSDL: which declared CSDL properties the page
 * documents, and which members of the enums those properties use the docs list (see `enumListings`).
 */
export function fidelity(model: ApiModel, csdl: CsdlModel, pages: DocPage[] = []): FidelityReport {
  const causeOf = propertyMissCauses(model, pages);
  const index = indexCsdl(csdl);
  const listings = enumListings(model, index);
  const misses: Miss[] = [];
  const props = { total: 0, found: 0 };
  const members = { total: 0, found: 0 };
  const enumsSeen = new Set<string>();
  let types = 0;
  for (const resource of Object.values(model.resources)) {
    const type = index.type(resource.name);
    if (!type) continue;
    types++;
    const docs = new Map(resource.properties.map((p) => [p.name, p]));
    const lower = new Set(resource.properties.map((p) => p.name.toLowerCase()));
    for (const p of type.properties) {
      props.total++;
      if (docs.has(p.name)) props.found++;
      else {
        const cause = causeOf({ type: type.name, property: p.name, navigation: p.navigation, file: resource.source.file, documented: resource.properties.length, caseOnly: lower.has(p.name.toLowerCase()) });
        misses.push({ name: `${type.name}.${p.name}`, cause });
      }
      const csdlEnum = index.enum(p.type.name);
      const listed = csdlEnum && listings.get(csdlEnum.qualifiedName)?.members;
      // An enum of an undocumented property is already a property miss; count its members only
      // where the docs list them somewhere or document a property typed with it.
      if (!csdlEnum || enumsSeen.has(csdlEnum.qualifiedName) || (!listed && !docs.has(p.name))) continue;
      enumsSeen.add(csdlEnum.qualifiedName);
      if (!listed) {
        members.total += csdlEnum.members.length;
        misses.push(...csdlEnum.members.map((m) => ({ name: `${csdlEnum.name}.${m}`, cause: 'enum-has-no-doc-list' as const })));
        continue;
      }
      const listedLower = new Set(listed.map((m) => m.toLowerCase()));
      for (const m of csdlEnum.members) {
        members.total++;
        if (listed.includes(m)) members.found++;
        else misses.push({ name: `${csdlEnum.name}.${m}`, cause: listedLower.has(m.toLowerCase()) ? 'enum-member-case-differs' : 'enum-member-not-documented' });
      }
    }
  }
  const ratio = (c: { total: number; found: number }) => ({ ...c, recall: c.total === 0 ? 1 : c.found / c.total });
  misses.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { types, properties: ratio(props), enumMembers: ratio(members), misses };
}
