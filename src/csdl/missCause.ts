import type { DocPage } from '../docs/types.js';
import type { ApiModel } from '../model/types.js';

/** Why a CSDL name was not found in the docs: what the docs/model stages should improve. */
export type MissCause =
  | 'page-has-no-properties'
  | 'on-page-but-not-extracted'
  | 'documented-on-derived-type-page'
  | 'only-in-examples'
  | 'only-in-api-paths'
  | 'mentioned-on-page-only'
  | 'navigation-property-not-documented'
  | 'property-not-documented'
  | 'enum-has-no-doc-list'
  | 'enum-member-not-documented';

/** A CSDL property the model's resource lacks. */
export interface PropertyMiss {
  type: string;
  property: string;
  navigation: boolean;
  /** The resource's page. */
  file: string;
  /** How many properties the model has for the resource. */
  documented: number;
}

const WORDS = /[A-Za-z_]\w*/g;
const JSON_KEYS = /"([A-Za-z_$][\w.$-]*)"\s*:/g;
const words = (text: string): string[] => text.match(WORDS) ?? [];

/**
 * Tells where the docs have a property the model lacks (by any letter case: a case-only
 * difference is found, see `fidelity`), so the misses split into what the model could read (a
 * table's first column or a JSON key on the page: `on-page-but-not-extracted`), what other pages
 * show that the model does not take (a derived page that does not say the property is inherited,
 * an example of an open type, an API path whose page names no type), what the page only mentions
 * in prose or its Methods table, and what the docs lack. Causes are checked in that order.
 */
export function propertyMissCauses(model: ApiModel, pages: DocPage[]): (miss: PropertyMiss) => MissCause {
  const byFile = new Map(pages.map((p) => [p.file, p]));
  const cache = new Map<string, { slots: Set<string>; words: Set<string> }>();
  const onPage = (file: string) => {
    let found = cache.get(file);
    if (!found) {
      const page = byFile.get(file);
      const slots = new Set<string>([
        ...(page?.tables ?? []).flatMap((t) => t.rows.map((r) => (r.cells[0] ?? '').replace(/[*`\\]/g, '').trim())),
        ...(page?.blocks ?? []).flatMap((b) => [...b.text.matchAll(JSON_KEYS)].map((m) => m[1] ?? '')),
      ]);
      const all = page ? [...page.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap(words))), ...page.blocks.flatMap((b) => words(b.text)), ...page.prose.flatMap((l) => words(l.text))] : [];
      found = { slots, words: new Set(all) };
      cache.set(file, found);
    }
    return found;
  };
  const derived = new Map<string, Set<string>>();
  for (const r of Object.values(model.resources)) {
    if (!r.baseType) continue;
    const key = simple(r.baseType);
    derived.set(key, new Set([...(derived.get(key) ?? []), ...r.properties.map((p) => p.name)]));
  }
  const examples = new Map<string, Set<string>>();
  const paths = new Map<string, string[]>();
  for (const op of model.operations) {
    const owner = op.id.slice(0, op.id.indexOf('-')).toLowerCase();
    paths.set(owner, [...(paths.get(owner) ?? []), ...op.paths.map((p) => p.template)]);
    if (!op.responseType) continue;
    const key = simple(op.responseType.name);
    const shown = examples.get(key) ?? new Set<string>();
    for (const e of op.examples) for (const name of topLevelKeys(e.response?.body)) shown.add(name);
    examples.set(key, shown);
  }
  return (m) => {
    if (m.documented === 0) return 'page-has-no-properties';
    const page = onPage(m.file);
    if (page.slots.has(m.property)) return 'on-page-but-not-extracted';
    if (derived.get(simple(m.type))?.has(m.property)) return 'documented-on-derived-type-page';
    if (examples.get(simple(m.type))?.has(m.property)) return 'only-in-examples';
    if ((paths.get(m.type.toLowerCase()) ?? []).some((t) => t.split(/[/?(]/).includes(m.property))) return 'only-in-api-paths';
    if (page.words.has(m.property)) return 'mentioned-on-page-only';
    return m.navigation ? 'navigation-property-not-documented' : 'property-not-documented';
  };
}

function simple(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1).toLowerCase();
}

/** Property names an example body shows: its own keys, or those of its `value` items. */
function topLevelKeys(body: unknown): string[] {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return [];
  const value = (body as Record<string, unknown>)['value'];
  const items = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [body];
  return items.flatMap((i) => (i && typeof i === 'object' && !Array.isArray(i) ? Object.keys(i) : []));
}
