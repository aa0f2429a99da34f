import type { DocPage, SourceRef } from '../../docs/types.js';
import type { ApiModel, HttpExample, Resource } from '../../model/types.js';
import { isPlaceholderValue } from '../../model/placeholders.js';
import { ptr } from '../pointer.js';
import type { LintFinding, LintRule } from '../types.js';
import { finding } from './util/finding.js';
import { enumIndex, exampleKey, resourceIndex, simpleTypeName } from './util/resources.js';
import { checkObject, type TypeLookup } from './util/valueCheck.js';

/** An example body value does not fit its documented type (beyond the placeholders the model reports). */
export const exampleValueInvalid: LintRule = {
  id: 'example-value-invalid',
  severity: 'warning',
  origin: 'lint',
  description: 'An example value has the wrong JSON type or format for its documented type (`"count": "5"`, a malformed date-time), or a nested value is a placeholder or not an enum member; mocks and tests built from it are wrong.',
  run: ({ model, pages }) => check(model, pages),
};

function check(model: ApiModel, pages: DocPage[]): LintFinding[] {
  const types: TypeLookup = { resources: resourceIndex(model), enums: enumIndex(model), isPlaceholder: isPlaceholderValue };
  const byFile = new Map(pages.map((p) => [p.file, p]));
  const out: LintFinding[] = [];
  for (const op of model.operations) {
    for (const example of op.examples) {
      const parts: [string, HttpExample | undefined, string | undefined][] = [
        ['request', example.request, op.requestType?.name],
        ['response', example.response, example.response?.odataType ?? op.responseType?.name],
      ];
      for (const [part, message, typeName] of parts) {
        const body = message?.body;
        if (!message || typeof body !== 'object' || body === null || Array.isArray(body)) continue;
        const resource = bodyType(body as Record<string, unknown>, typeName, types);
        if (!resource) continue;
        const objects = Array.isArray((body as Record<string, unknown>)['value']) ? [] : [body as Record<string, unknown>];
        for (const obj of objects) {
          for (const p of checkObject(obj, resource, types)) {
            const line = lineOf(byFile.get(op.page), message.source, p.key, p.value);
            const text = `example ${part} value ${JSON.stringify(p.key)}: ${JSON.stringify(p.value)} is not ${p.expected}`;
            out.push(finding(exampleValueInvalid, op.page, line, text, `${ptr('examples', exampleKey(op, example), part, 'body')}${p.pointer}`));
          }
        }
      }
    }
  }
  return out;
}

function bodyType(body: Record<string, unknown>, documented: string | undefined, types: TypeLookup): Resource | undefined {
  const declared = typeof body['@odata.type'] === 'string' ? types.resources.get(simpleTypeName(body['@odata.type'])) : undefined;
  return declared ?? (documented ? types.resources.get(simpleTypeName(documented)) : undefined);
}

/** The doc line of `"key": value` inside the example's fence, else the example's own line. */
function lineOf(page: DocPage | undefined, source: SourceRef, key: string, value: unknown): number {
  const block = page?.blocks.find((b) => b.line <= source.line && source.line <= b.line + b.text.split('\n').length);
  if (!block) return source.line;
  const needle = `"${key}"`;
  const shown = JSON.stringify(value);
  const lines = block.text.split('\n');
  const i = lines.findIndex((l) => l.includes(needle) && (typeof value === 'object' || l.includes(shown)));
  return i >= 0 ? block.line + 1 + i : source.line;
}
