import type { Operation, Property } from '../model/types.js';
import { change, pairBy } from './change.js';
import { sameType, showType } from './typeRef.js';
import type { Change } from './types.js';

interface Route {
  /** `GET /users/{id}` as documented. */
  label: string;
  op: Operation;
}

/** Operation changes: matched by method + path template (placeholder names ignored). */
export function diffOperations(olds: Operation[], news: Operation[]): Change[] {
  const { removed, added, both } = pairBy(olds.flatMap(routes), news.flatMap(routes), routeKey);
  const out: Change[] = [
    ...removed.map((r) => change('operation-removed', r.label, `${r.label} is no longer documented`, { old: r.op.source })),
    ...added.map((r) => change('operation-added', r.label, `${r.label} is new`, { new: r.op.source })),
  ];
  const compared = new Set<string>();
  for (const [o, n] of both) {
    const pair = `${o.op.page}\n${n.op.page}`;
    if (compared.has(pair)) continue;
    compared.add(pair);
    out.push(...diffOperation(n.label, o.op, n.op));
  }
  return out;
}

function routes(op: Operation): Route[] {
  const paths = op.paths.length > 0 ? op.paths.map((p) => p.template) : op.examples.slice(0, 1).map((e) => e.request.path);
  return (paths.length > 0 ? paths : [`(${op.id})`]).map((p) => ({ label: `${op.method} ${p}`, op }));
}

function routeKey(r: Route): string {
  return r.label.replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '');
}

function diffOperation(label: string, o: Operation, n: Operation): Change[] {
  const out: Change[] = [];
  const where = { old: o.successStatusSource ?? o.source, new: n.successStatusSource ?? n.source };
  if (o.successStatus !== n.successStatus) {
    out.push(change('success-status-changed', label, `success status ${o.successStatus ?? 'none'} → ${n.successStatus ?? 'none'}`, where));
  }
  if (o.responseType && !sameType(o.responseType, n.responseType)) {
    out.push(change('response-type-changed', label, `response ${showType(o.responseType)} → ${showType(n.responseType)}`, where));
  }
  if (o.requestType && !sameType(o.requestType, n.requestType)) {
    out.push(change('request-type-changed', label, `request body ${showType(o.requestType)} → ${showType(n.requestType)}`, where));
  }
  return [...out, ...diffRequestFields(label, o.requestProperties, n.requestProperties)];
}

function diffRequestFields(label: string, olds: Property[], news: Property[]): Change[] {
  const { removed, added, both } = pairBy(olds, news, (p) => p.name);
  return [
    ...removed.map((p) => change('request-field-removed', label, `request field ${p.name} removed`, { member: p.name, old: p.source })),
    ...added.map((p) =>
      isRequired(p)
        ? change('required-request-field-added', label, `required request field ${p.name} added`, { member: p.name, new: p.source })
        : change('request-field-added', label, `optional request field ${p.name} added`, { member: p.name, new: p.source }),
    ),
    ...both
      .filter(([o, n]) => !sameType(o.type, n.type))
      .map(([o, n]) =>
        change('request-field-type-changed', label, `request field ${n.name}: ${showType(o.type)} → ${showType(n.type)}`, {
          member: n.name, old: o.source, new: n.source,
        }),
      ),
  ];
}

/** A request field is required where the doc says so: "Required." in its description or not nullable. */
export function isRequired(p: Property): boolean {
  return !p.nullable || (/\brequired\b/i.test(p.description) && !/\boptional\b/i.test(p.description));
}
