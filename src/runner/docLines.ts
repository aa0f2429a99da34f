import type { Contract } from '../contracts/types.js';
import type { SourceRef } from '../docs/types.js';
import type { KeyLine } from '../model/exampleChecks.js';
import type { ApiModel, Property, Resource } from '../model/types.js';
import { tokensOf } from '../util/jsonPointer.js';

const simple = (name: string) => name.replace(/^#?microsoft\.graph\./i, '').toLowerCase();

/** Property names along a body pointer (`/value/0/text/allowMultipleLines` → text, allowMultipleLines). */
function names(contract: Contract, pointer: string): string[] {
  const parts = tokensOf(pointer);
  const rest = contract.response.body === 'collection' && parts[0] === 'value' ? parts.slice(1) : parts;
  return rest.filter((p) => !/^\d+$/.test(p));
}

function property(model: ApiModel, byLower: Map<string, Resource>, type: string, name: string): Property | undefined {
  const seen = new Set<Resource>();
  for (let r = byLower.get(simple(type)); r && !seen.has(r); r = r.baseType ? byLower.get(simple(r.baseType)) : undefined) {
    seen.add(r);
    const found = r.properties.find((p) => p.name === name);
    if (found) return found;
  }
  return undefined;
}

/** Where the resource pages document the property a body pointer reaches (its table row). */
export function definitionOf(model: ApiModel, contract: Contract, pointer: string): Property | undefined {
  const byLower = new Map(Object.values(model.resources).map((r) => [r.name.toLowerCase(), r]));
  let type = contract.response.type;
  let found: Property | undefined;
  for (const name of names(contract, pointer)) {
    found = type ? property(model, byLower, type, name) : undefined;
    if (!found) return undefined;
    type = found.type.name;
  }
  return found;
}

/** The line of the pointer's last property in the page's response (or request) example; else the example's start. */
export function exampleLineOf(model: ApiModel, contract: Contract, keyLine: KeyLine, pointer: string, from: 'response' | 'request' = 'response'): SourceRef {
  const at = from === 'request' ? contract.source.request : (contract.source.response ?? contract.source.request);
  const example = model.operations.flatMap((o) => o.examples).map((e) => e[from]).find((m) => m?.source.file === at.file && m.source.line === at.line);
  const key = names(contract, pointer).at(-1);
  return example && key ? keyLine(example, key) : at;
}
