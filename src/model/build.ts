import type { DocDiagnostic, DocPage, SourceRef } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import { reconcileEnumLists, type EnumList } from './enumLists.js';
import { buildEnums, isEnumPage } from './enums.js';
import { checkExamples } from './exampleChecks.js';
import { propertiesFromDerivedPages } from './fromDerived.js';
import { ExampleNames } from './fromExamples.js';
import { propertiesFromPaths } from './fromPaths.js';
import { IncludeResolver } from './includes.js';
import { keyLineFinder } from './keyLines.js';
import { buildOperation } from './operations.js';
import { buildResource } from './resources.js';
import { TypeIndex } from './typeIndex.js';
import { forgetTypeRefs, isPrimitive } from './typeRef.js';
import type { ApiModel, EnumType, Operation, Property, Resource, TypeRef } from './types.js';
import { append } from '../util/append.js';

/** Adds to `into` the possible-values lists of properties typed by a named (non-resource) type. */
function addEnumLists(into: EnumList[], properties: Property[], fromResource: boolean, index: TypeIndex): void {
  for (const p of properties) {
    if (p.possibleValues && !isPrimitive(p.type) && !index.resource(p.type.name)) into.push({ type: p.type.name, property: p.name, members: p.possibleValues, source: p.source, fromResource });
  }
}

/** Adds the enums a page defines to the index, and what reading them reported to `diagnostics`. */
function addEnums(built: { enums: EnumType[]; diagnostics: DocDiagnostic[] }, index: TypeIndex, diagnostics: DocDiagnostic[]): void {
  append(diagnostics, built.diagnostics);
  for (const e of built.enums) index.addEnum(e, diagnostics);
}

/** Whether a type reference needs no page: a primitive, or a type with a resource or enum page. */
function hasPage(ref: TypeRef, index: TypeIndex): boolean {
  return isPrimitive(ref) || index.resource(ref.name) !== undefined || index.enum(ref.name) !== undefined;
}

function checkTypeRef(ref: TypeRef | undefined, what: string, source: SourceRef, index: TypeIndex, out: DocDiagnostic[]): void {
  if (!ref || hasPage(ref, index)) return;
  out.push(diagnostic('type-without-page', 'info', `${what} names type ${ref.name}, which has no resource or enum page.`, source));
}

/** A documented type's name as spelled on its page: `educationsynchronizationprofilestatus` → `educationSynchronizationProfileStatus`. */
function canonical(ref: TypeRef, index: TypeIndex): TypeRef {
  if (isPrimitive(ref)) return ref;
  const name = index.resource(ref.name)?.name ?? index.enum(ref.name)?.name;
  return name && name !== ref.name ? { name, collection: ref.collection } : ref;
}

function compareSources(a: SourceRef, b: SourceRef): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

/** Resolves a type named by a link to a resource page to that page's type name. */
function resolveByPage(ref: TypeRef | undefined, pageId: string | undefined, index: TypeIndex): TypeRef | undefined {
  if (!ref || index.resource(ref.name) || !pageId) return ref;
  const r = index.resourceByPage(pageId);
  return r ? { name: r.name, collection: ref.collection } : ref;
}

/**
 * DocPage[] → ApiModel: enums, resources and operations, then cross-page reconciliation (enum
 * lists, examples against resource pages, type references). Pure and deterministic: the same
 * pages in any order give the same model. Decision rules: src/model/README.md.
 */
export function buildModel(pages: DocPage[]): ApiModel {
  forgetTypeRefs();
  const sorted = [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const diagnostics: DocDiagnostic[] = [];
  for (const p of sorted) append(diagnostics, p.diagnostics);
  const index = new TypeIndex();
  // Resource pages told apart once: enum pages, and pages of resources (which may document enums inline).
  const enumPages: DocPage[] = [];
  const resourcePages: DocPage[] = [];
  for (const p of sorted) if (p.kind === 'resource') (isEnumPage(p) ? enumPages : resourcePages).push(p);
  // Enum pages first, so they win over enums a resource page documents inline.
  for (const page of enumPages) addEnums(buildEnums(page, true), index, diagnostics);
  for (const page of resourcePages) addEnums(buildEnums(page, false), index, diagnostics);
  for (const page of resourcePages) {
    const built = buildResource(page);
    append(diagnostics, built.diagnostics);
    if (built.resource) index.addResource(built.resource, page.id, diagnostics);
  }
  const operations: Operation[] = [];
  const includes = new IncludeResolver(sorted);
  for (const page of sorted) {
    if (page.kind !== 'api') continue;
    const built = buildOperation(page, includes);
    append(diagnostics, built.diagnostics);
    if (!built.operation) continue;
    const op = built.operation;
    const requestType = resolveByPage(op.requestType, built.typePages.request, index);
    const responseType = resolveByPage(op.responseType, built.typePages.response, index);
    if (requestType) op.requestType = requestType;
    if (responseType) op.responseType = responseType;
    operations.push(op);
  }

  const resources = index.allResources();
  for (const r of resources) r.kind = index.isEntity(r) ? 'entity' : 'complex';
  // Loops, not flatMap over every property of the reference: no throwaway arrays per type.
  const lists: EnumList[] = [];
  for (const r of resources) addEnumLists(lists, r.properties, true, index);
  for (const o of operations) addEnumLists(lists, o.requestProperties, false, index);
  reconcileEnumLists(lists, index, diagnostics);
  // Properties typed by one cell share its TypeRef: each is looked up once (a few thousand for some
  // 80,000 properties), and the properties share the result too.
  const canonicalRefs = new Map<TypeRef, TypeRef>();
  const canon = (ref: TypeRef): TypeRef => {
    let found = canonicalRefs.get(ref);
    if (!found) canonicalRefs.set(ref, (found = canonical(ref, index)));
    return found;
  };
  for (const r of resources) for (const p of r.properties) p.type = canon(p.type);
  for (const o of operations) for (const p of o.requestProperties) p.type = canon(p.type);
  for (const op of operations) {
    if (op.requestType) op.requestType = canon(op.requestType);
    if (op.responseType) op.responseType = canon(op.responseType);
  }
  // What other pages document for a type whose own page lacks it (README: "Other sources").
  propertiesFromDerivedPages(resources, index, diagnostics);
  propertiesFromPaths(operations, index, diagnostics);
  const keyLine = keyLineFinder(sorted);
  const shown = new ExampleNames();
  for (const op of operations) {
    checkTypeRef(op.requestType, 'The Request body section', op.source, index, diagnostics);
    checkTypeRef(op.responseType, 'The Response section', op.successStatusSource ?? op.source, index, diagnostics);
    checkExamples(op, index, keyLine, diagnostics, shown.add);
  }
  shown.adopt(index, diagnostics);
  const paged = new Map<TypeRef, boolean>();
  for (const r of resources) {
    for (const p of r.properties) {
      let known = paged.get(p.type);
      if (known === undefined) paged.set(p.type, (known = hasPage(p.type, index)));
      if (!known) checkTypeRef(p.type, `Property ${r.name}.${p.name}`, p.source, index, diagnostics);
    }
  }

  diagnostics.sort((a, b) => compareSources(a.source, b.source) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.message < b.message ? -1 : 1));
  // Filled by loops: Object.fromEntries over mapped pairs made two arrays per type.
  const byName: Record<string, Resource> = {};
  for (const r of resources) byName[r.name] = r;
  const enums: Record<string, EnumType> = {};
  for (const e of index.allEnums()) enums[e.name] = e;
  return { resources: byName, enums, operations, diagnostics };
}
