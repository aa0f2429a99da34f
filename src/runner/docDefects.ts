import { bodyItems } from '../contracts/bodyItems.js';
import { peerIndex } from '../contracts/peers.js';
import type { Contract, ContractSet, Violation } from '../contracts/types.js';
import type { KeyLine } from '../model/exampleChecks.js';
import type { ApiModel } from '../model/types.js';
import type { CaseResult, DocDefectNote, RunResult } from '../results/types.js';
import { unwrapEntityExample } from '../schemas/view/unwrap.js';
import { typedObjects } from '../schemas/view/runtimeTypes.js';
import { unqualified } from '../schemas/view/typeOf.js';
import type { SchemaIssue, SchemaValidator } from '../schemas/types.js';
import { groupBy } from '../util/groupBy.js';
import { deletedEarlier, passedStatus } from './deletedEarlier.js';
import { definitionOf, exampleLineOf } from './docLines.js';

/** A failure the docs explain (see `DocDefectNote`), with the case and violation it explains. */
export interface DocDefect extends DocDefectNote {
  caseId: string;
  message: string;
}

/** Failed cases split into doc defects (each violation reproduced by the doc's example) and the rest. */
export interface FailureTriage {
  docDefects: DocDefect[];
  /** Failures the docs do not explain: a mock, tool or (live) service defect. */
  unexplained: CaseResult[];
}

/** What triage reads besides the results: the set, its model and pages' lines, and a validator. */
export interface TriageInput {
  set: ContractSet;
  model: ApiModel;
  validator: SchemaValidator;
  /** Line of a key in an example fence (see `keyLineFinder`). */
  keyLine: KeyLine;
}

const typeName = (file: string) => file.replace(/\.schema\.json$/, '');
const shape = (pointer = '') => pointer.replace(/\/\d+(?=\/|$)/g, '/*');
const jsonType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
/** An expected list of members as the enum check and the schema both state it (the schema adds `null` where nullable). */
const members = (expected: unknown) => (Array.isArray(expected) ? expected.filter((e) => e !== null) : expected);
const ODATA_TYPE = '/@odata.type';
/** A schema issue an example shows; `sent` when the page's request example is what shows it (a create answers what it was sent). */
type Shown = SchemaIssue & { sent?: boolean };
/**
 * Same property (any item), same expectation, same kind of wrong value; for a type annotation,
 * the same place naming the same type (the declared list depends on the pages judged together).
 */
const signature = (p: { pointer?: string; expected?: unknown; actual?: unknown }) =>
  p.pointer?.endsWith(ODATA_TYPE) && typeof p.actual === 'string'
    ? `${shape(p.pointer)}\u0000type\u0000${unqualified(p.actual).toLowerCase()}`
    : `${shape(p.pointer)}\u0000${JSON.stringify(members(p.expected))}\u0000${jsonType(p.actual)}`;

/**
 * Sorts failed cases: a schema violation that the page's own response example shows too (same
 * property, same expected type) is a contradiction inside the docs, so a clean mock answering
 * that example must fail it; so is a 404 to a DELETE that another page documenting the same
 * request made successfully earlier in the run (`deletedEarlier`); everything else is
 * unexplained. Pure.
 */
export function triageFailures(cases: readonly CaseResult[], input: TriageInput): FailureTriage {
  const byId = new Map(input.set.contracts.map((c) => [c.id, c]));
  const peersOf = peerIndex(input.set.contracts);
  const out: FailureTriage = { docDefects: [], unexplained: [] };
  const passed = passedStatus(cases);
  for (const c of cases) {
    if (c.state !== 'failed') continue;
    const contract = byId.get(c.contractId);
    const defects = contract && c.violations.length > 0 ? (explain(c, contract, peersOf(contract), input) ?? deletedEarlier(c, contract, peersOf(contract), passed)) : undefined;
    if (defects) out.docDefects.push(...defects);
    else out.unexplained.push(c);
  }
  return out;
}

/** `run` with each failed case the docs explain carrying its `docDefects` notes. Pure. */
export function annotateDocDefects(run: RunResult, input: TriageInput): RunResult {
  const { docDefects } = triageFailures(run.cases, input);
  if (docDefects.length === 0) return run;
  const byCase = groupBy(docDefects, (d) => d.caseId);
  const cases = run.cases.map((c) => {
    const notes = byCase.get(c.id);
    return notes ? { ...c, docDefects: notes.map(({ caseId: _caseId, message: _message, ...note }) => note) } : c;
  });
  return { ...run, cases };
}

/**
 * The failing violations of `c`, each shown by the response example of its own page or of a page
 * documenting the same request (the mock answers a collection with the items of all of them).
 */
function explain(c: CaseResult, contract: Contract, peers: readonly Contract[], input: TriageInput): DocDefect[] | undefined {
  if (!contract.response.schema) return undefined;
  const shown = new Map<string, { issue: Shown; page: Contract }>();
  for (const page of [contract, ...peers]) for (const issue of shownBy(page, input)) if (!shown.has(signature(issue))) shown.set(signature(issue), { issue, page });
  // Notes (severity info) fail nothing; what failed must be what the example shows.
  const failing = c.violations.filter((v) => v.severity !== 'info');
  if (failing.length === 0 || !failing.every((v) => shown.has(signature(v)))) return undefined;
  const seen = new Set<string>();
  return failing.filter((v) => !seen.has(shape(v.pointer)) && seen.add(shape(v.pointer))).map((v) => {
    const { issue, page } = shown.get(signature(v))!;
    return defectOf(c, page, v, issue, input);
  });
}

/** The schema issues a page's own examples show: its response example and what its create or update sends. */
function shownBy(contract: Contract, input: TriageInput): Shown[] {
  const schema = contract.response.schema;
  // The example as the mock answers it (a `{"value": {...}}` wrapper of one entity removed).
  const example = unwrapEntityExample(contract.response.example, contract, input.set.schemas);
  const items = schema && example !== undefined ? bodyItems(contract, example) : undefined;
  if (!schema || !items) return [];
  const issues: Shown[] = items.flatMap((item) => exampleIssues(input, schema, item.value, item.pointer));
  // A create or update answers what it was sent: a value the page's request example sends against its type shows up in the answer.
  const sent = contract.request.body;
  if (contract.response.body === 'entity' && sent !== null && typeof sent === 'object' && !Array.isArray(sent)) issues.push(...exampleIssues(input, contract.request.schema ?? schema, sent, '').map((i) => ({ ...i, sent: true })));
  return issues;
}

/**
 * Schema issues of one example entity as the checks judge it: against the declared type, and
 * each object naming a documented type derived from (or related to) the one declared at its place
 * against that type (an `itemAttachment`'s `item` is an event).
 */
function exampleIssues(input: TriageInput, schema: string, value: unknown, pointer: string): SchemaIssue[] {
  const issues = input.validator.validate(schema, value, pointer);
  for (const t of typedObjects(input.set.schemas, [schema], value, pointer)) {
    if (t.runtime && (t.relation === 'derived' || t.relation === 'related' || (t.relation === 'same' && t.runtime !== schema))) issues.push(...input.validator.validate(t.runtime, t.value, t.pointer));
    // The example names a type the docs' hierarchy does not place here (a sibling whose page names
    // another base type): the checks fail it as they fail the answer.
    if (t.relation === 'unrelated') issues.push({ pointer: t.pointer + ODATA_TYPE, keyword: 'odata-type', message: `names ${t.named}`, expected: t.declared.map(typeName), actual: t.named });
  }
  return issues;
}

function defectOf(c: CaseResult, contract: Contract, v: Violation, inExample: Shown, input: TriageInput): DocDefect {
  const pointer = v.pointer ?? '';
  if (inExample.keyword === 'odata-type') return typeDefectOf(c, contract, v, inExample, input);
  const property = definitionOf(input.model, contract, pointer);
  const definition = property?.source;
  // The value the answer shows came from the request example where that is what shows it.
  const example = exampleLineOf(input.model, contract, input.keyLine, pointer, inExample.sent ? 'request' : 'response');
  const typed = property ? `${property.source.file}:${property.source.line} documents it as ${property.type.name}${property.type.collection ? ' collection' : ''}` : `the schema expects ${JSON.stringify(v.expected)}`;
  const shows = inExample.sent ? `sends ${shape(pointer.replace(/^\/value\/\d+/, '')) || '/'}` : `shows ${shape(v.pointer)}`;
  const reason = `the page's ${inExample.sent ? 'request ' : ''}example at ${example.file}:${example.line} ${shows} = ${JSON.stringify(inExample.actual)}, but ${typed}`;
  return { caseId: c.id, pointer, message: v.message, example, ...(definition ? { definition } : {}), reason };
}

/**
 * The page's example names, where the page declares one type, a type the resource pages do not
 * derive from it: the reason names the example and the named type's documented ancestry.
 */
function typeDefectOf(c: CaseResult, contract: Contract, v: Violation, inExample: SchemaIssue, input: TriageInput): DocDefect {
  const pointer = v.pointer ?? '';
  const named = unqualified(String(inExample.actual));
  const declared = (inExample.expected as string[]).join(' or ');
  const byLower = new Map(Object.values(input.model.resources).map((r) => [r.name.toLowerCase(), r]));
  const resource = byLower.get(named.toLowerCase()) ?? byLower.get(named.slice(named.lastIndexOf('.') + 1).toLowerCase());
  const example = contract.source.response ?? contract.source.request;
  const place = shape(pointer.slice(0, -ODATA_TYPE.length)) || '/';
  const ancestry: string[] = [];
  for (let r = resource; r?.baseType && ancestry.length < 8; r = byLower.get(unqualified(r.baseType).toLowerCase())) ancestry.push(unqualified(r.baseType));
  const documented = resource ? `${resource.source.file}:${resource.source.line} documents ${resource.name} as ${ancestry.length > 0 ? `derived from ${ancestry.join(' → ')}` : 'naming no base type'}` : `the docs do not place ${named} under ${declared}`;
  const reason = `the page's example at ${example.file}:${example.line} shows ${place} with @odata.type ${named} where the page documents ${declared}, but ${documented}: neither ${declared} nor a type derived from it`;
  return { caseId: c.id, pointer, message: v.message, example, ...(resource ? { definition: resource.source } : {}), reason };
}
