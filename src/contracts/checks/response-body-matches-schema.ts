import { isObject } from '../../util/json.js';
import type { PointedValue } from '../../util/jsonPointer.js';
import { relationOf, typedObjects } from '../../schemas/view/runtimeTypes.js';
import { propertiesOf } from '../../schemas/view/runtimeTypes.js';
import { unqualified } from '../../schemas/view/typeOf.js';
import { bodyItems, carriesBody } from '../bodyItems.js';
import { finding } from '../finding.js';
import { bodyPeers, pagesNote, peerListingMember } from '../judged.js';
import type { Check, CheckContext, Contract, Violation } from '../types.js';

const typeName = (file: string) => file.replace(/\.schema\.json$/, '');

/**
 * A documented JSON body arrives whole and in the documented shape (an object; a collection's
 * `value` array; one entity not wrapped in `value`), and each entity validates against its
 * type's schema: the type `@odata.type` names when the docs define it as the declared type or
 * one derived from it, at any depth (a group in a `directoryObject` list is checked as a
 * group). A named type the docs do not define is noted and the value checked as declared; one
 * whose relation the docs leave open (see `Relation`: no base type named, or a sibling) is noted
 * and checked as itself; a type whose documented ancestry meets the declared one's nowhere but at
 * `entity` is a violation. Where several pages document the request, an entity fits when it fits
 * the type any of them documents.
 */
export const check: Check = {
  id: 'response-body-matches-schema',
  title: 'body schema',
  severity: 'error',
  judgesBody: true,
  appliesToContract: (contract) => documentsJson(contract),
  appliesTo: (contract, { response }) => documentsJson(contract) && carriesBody(contract.response.status, response.status),
  run(ctx) {
    const { contract, response } = ctx;
    const source = contract.source.response ?? contract.source.request;
    const expected = `a ${contract.response.type ?? 'JSON'} ${contract.response.body === 'collection' ? 'collection' : 'body'}`;
    if (response.json === undefined) {
      const message = response.text.length === 0 ? 'the response body is empty' : 'the response body is not JSON (cut off or malformed)';
      return [finding(check, { message, pointer: '', expected, actual: response.text.slice(0, 200), source })];
    }
    const shape = shapeProblem(contract, response.json, ctx);
    if (shape) return [finding(check, { ...shape, source })];
    if (!contract.response.schema) return [];
    const found = new Map<string, Violation>();
    for (const item of bodyItems(contract, response.json) ?? []) {
      for (const v of judgeItem(ctx, item, source)) {
        const key = `${v.pointer}\u0000${v.message}`;
        if (!found.has(key)) found.set(key, v);
      }
    }
    return [...found.values()];
  },
};

function documentsJson(contract: Contract): boolean {
  const { body, contentType } = contract.response;
  return (body === 'entity' || body === 'collection') && (contentType === undefined || /json/i.test(contentType));
}

/** What is wrong with the shape of a parsed body, or undefined when it has the documented one. */
function shapeProblem(contract: Contract, body: unknown, ctx: CheckContext): Omit<Violation, 'check' | 'severity' | 'source'> | undefined {
  const note = pagesNote(ctx);
  if (contract.response.body === 'collection') {
    const value = isObject(body) ? body.value : undefined;
    return Array.isArray(value) ? undefined : { message: `a collection body must hold a \`value\` array${note}`, pointer: '/value', expected: 'array', actual: kindOf(value ?? body) };
  }
  if (!isObject(body)) return { message: `the page documents one ${contract.response.type ?? 'object'}, the body is ${kindOf(body)}${note}`, pointer: '', expected: 'object', actual: kindOf(body) };
  if (wrapsInValue(body) && !declaresValue(contract, ctx) && !wrapsInValue(contract.response.example)) {
    return { message: `the page documents one ${contract.response.type ?? 'entity'}, the answer wraps it in a \`value\` array${note}`, pointer: '/value', expected: 'the entity itself', actual: 'array' };
  }
  return undefined;
}

/** `{"value": [...]}` and annotations only: a collection as Graph writes one. */
function wrapsInValue(body: unknown): boolean {
  return isObject(body) && Array.isArray(body.value) && Object.keys(body).every((k) => k === 'value' || k.startsWith('@'));
}

/** The documented type (or a peer's) has a `value` property of its own. */
function declaresValue(contract: Contract, ctx: CheckContext): boolean {
  return [contract, ...bodyPeers(ctx)].some((c) => c.response.schema !== undefined && propertiesOf(ctx.schemas, c.response.schema)?.value !== undefined);
}

/** Findings for one entity of the body (the body itself, or a `value` item). */
function judgeItem(ctx: CheckContext, item: PointedValue, source: Violation['source']): Violation[] {
  const own = ctx.contract.response.schema!;
  const peers = bodyPeers(ctx);
  const declared = [...new Set([own, ...peers.map((p) => p.response.schema!)])];
  const out: Violation[] = [];
  const named = isObject(item.value) ? item.value['@odata.type'] : undefined;
  let file = own;
  if (typeof named === 'string') {
    const { relation, runtime } = relationOf(ctx.schemas, named, declared);
    if (relation === 'unrelated') return [unrelated(ctx, item.pointer, named, declared, source)];
    if (relation === 'undocumented') out.push(undocumented(item.pointer, named, own, source));
    else file = runtime!;
    if (relation === 'related') out.push(related(item.pointer, named, declared, source));
  }
  let issues = ctx.validate(file, item.value, item.pointer);
  if (issues.length > 0 && typeof named !== 'string') {
    // No type named: the entity fits when it fits the type another page of this request documents.
    const fits = peers.find((p) => p.response.schema !== own && ctx.validate(p.response.schema!, item.value, item.pointer).length === 0);
    if (fits) {
      out.push({ ...note(`${item.pointer || '/'} is not a valid ${typeName(own)} but a valid ${typeName(fits.response.schema!)}, as ${fits.page} documents this request`, item.pointer, source), fitsPeer: fits.page });
      issues = [];
    }
  }
  const suffix = pagesNote(ctx);
  for (const issue of issues) {
    // An enum member another page of this request lists at this place: the pages' lists differ.
    const at = issue.pointer ?? item.pointer;
    const lister = /^must be one of /.test(issue.message) ? peerListingMember(ctx, at.slice(item.pointer.length), issue.actual) : undefined;
    if (lister) out.push({ ...note(`${at} is ${JSON.stringify(issue.actual)}, not a member this page lists, but ${lister.page} documents this request and lists it: the pages' lists differ`, at, source), fitsPeer: lister.page });
    else out.push(finding(check, { source, ...issue, message: issue.message + suffix }));
  }
  for (const t of typedObjects(ctx.schemas, [file], item.value, item.pointer)) {
    if (t.pointer === item.pointer) continue;
    if (t.relation === 'unrelated') out.push(unrelated(ctx, t.pointer, t.named, t.declared, source));
    else if (t.relation === 'undocumented') out.push(undocumented(t.pointer, t.named, t.declared[0]!, source));
    if (t.relation === 'related') out.push(related(t.pointer, t.named, t.declared, source));
    if (t.relation === 'derived' || t.relation === 'related') for (const issue of ctx.validate(t.runtime!, t.value, t.pointer)) out.push(finding(check, { source, ...issue }));
  }
  return out;
}

function unrelated(ctx: CheckContext, pointer: string, named: string, declared: readonly string[], source: Violation['source']): Violation {
  const types = declared.map(typeName).join(' or ');
  return finding(check, {
    message: `\`@odata.type\` names ${unqualified(named)}, which is neither ${types} nor a type derived from it${pagesNote(ctx)}`,
    pointer: `${pointer}/@odata.type`,
    expected: declared.map(typeName),
    actual: named,
    source,
  });
}

function related(pointer: string, named: string, declared: readonly string[], source: Violation['source']): Violation {
  return note(`\`@odata.type\` names ${unqualified(named)}, which the docs do not document as ${declared.map(typeName).join(' or ')} or derived from it (its page names no base type, or the two share one); checked as ${unqualified(named)}`, `${pointer}/@odata.type`, source);
}

function undocumented(pointer: string, named: string, declared: string, source: Violation['source']): Violation {
  return note(`\`@odata.type\` names ${unqualified(named)}, which the docs do not define; checked as the declared ${typeName(declared)}`, `${pointer}/@odata.type`, source);
}

/** A diagnostic beside the findings: worth reading in the report, never a failure on its own. */
function note(message: string, pointer: string, source: Violation['source']): Violation {
  return { ...finding(check, { message, pointer, source }), severity: 'info' };
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value;
}
