import { isObject } from '../../util/json.js';
import { bodyItems, isSuccess } from '../bodyItems.js';
import { finding } from '../finding.js';
import { bodyPeers } from '../judged.js';
import { relationOf } from '../../schemas/view/runtimeTypes.js';
import type { Check, CheckContext, Violation } from '../types.js';

/**
 * `@odata.context` points at the `$metadata` of the version called (and not at `$entity` for a
 * collection); `@odata.type` names the documented type or one derived from it, `#`-prefixed as
 * Graph sends it. Type-name disagreements are warnings here: the body schema check judges the type.
 */
export const check: Check = {
  id: 'odata-annotations-consistent',
  title: 'odata annotations',
  severity: 'error',
  judgesBody: true,
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

function typeFindings(ctx: CheckContext): Violation[] {
  const { contract, response } = ctx;
  const expected = contract.response.type;
  const declared = [...new Set([contract.response.schema, ...bodyPeers(ctx).map((p) => p.response.schema)].filter((f): f is string => f !== undefined))];
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
    // A type derived from the documented one (or another page's of this request) is what Graph sends in a collection of the base type.
    const fits = declared.length > 0 && ['same', 'derived', 'related'].includes(relationOf(ctx.schemas, type, declared).relation);
    if (expected && !fits && name.toLowerCase() !== expected.toLowerCase()) {
      found.push({ ...finding(check, { message: `@odata.type names ${name}, not the documented ${expected}`, pointer: at, expected, actual: type, source }), severity: 'warning' });
    }
  }
  return found;
}
