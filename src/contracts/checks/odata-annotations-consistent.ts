import { isObject } from '../../util/json.js';
import { bodyItems, isSuccess } from '../bodyItems.js';
import { finding } from '../finding.js';
import type { Check, CheckContext, Violation } from '../types.js';

/**
 * `@odata.context` points at the `$metadata` of the version called (and not at `$entity` for a
 * collection); `@odata.type` names the documented type, `#`-prefixed as Graph sends it.
 * Type-name disagreements are warnings: Graph may return a type derived from the documented one.
 */
export const check: Check = {
  id: 'odata-annotations-consistent',
  title: 'odata annotations',
  severity: 'error',
  appliesToContract: (contract) => contract.response.body !== 'none',
  appliesTo: (contract, { response }) => contract.response.body !== 'none' && isSuccess(response.status) && isObject(response.json),
  run(ctx) {
    return [...contextFindings(ctx), ...typeFindings(ctx)];
  },
};

function contextFindings({ contract, response }: CheckContext): Violation[] {
  const body = response.json as Record<string, unknown>;
  const context = body['@odata.context'];
  if (context === undefined) return [];
  const source = contract.source.response ?? contract.source.request;
  const pointer = '/@odata.context';
  const version = contract.operation.version;
  if (typeof context !== 'string' || !context.includes(`/${version}/$metadata#`)) {
    return [finding(check, { message: `@odata.context does not point at the ${version} $metadata`, pointer, expected: `…/${version}/$metadata#…`, actual: context, source })];
  }
  if (contract.response.body === 'collection' && context.endsWith('/$entity')) {
    return [finding(check, { message: '@odata.context describes a single entity, but the response is a collection', pointer, expected: 'a collection context', actual: context, source })];
  }
  return [];
}

function typeFindings({ contract, response }: CheckContext): Violation[] {
  const expected = contract.response.type;
  const source = contract.source.response ?? contract.source.request;
  const found: Violation[] = [];
  for (const { pointer, value } of bodyItems(contract, response.json) ?? []) {
    const type = isObject(value) ? value['@odata.type'] : undefined;
    if (type === undefined) continue;
    const at = `${pointer}/@odata.type`;
    if (typeof type !== 'string' || !/^#?[\w.]+\.\w+$/.test(type)) {
      found.push(finding(check, { message: '@odata.type is not a qualified type name', pointer: at, expected: '#microsoft.graph.<type>', actual: type, source }));
      continue;
    }
    if (!type.startsWith('#')) {
      found.push({ ...finding(check, { message: '@odata.type lacks the leading `#` Graph sends', pointer: at, expected: `#${type}`, actual: type, source }), severity: 'warning' });
    }
    const name = type.slice(type.lastIndexOf('.') + 1);
    if (expected && name.toLowerCase() !== expected.toLowerCase()) {
      found.push({ ...finding(check, { message: `@odata.type names ${name}, not the documented ${expected}`, pointer: at, expected, actual: type, source }), severity: 'warning' });
    }
  }
  return found;
}
