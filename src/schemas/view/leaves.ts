import type { SchemaSet } from '../types.js';
import { escapeToken, type Slot } from '../../util/jsonPointer.js';
import { viewOf, type Located, type SchemaView } from './schemaView.js';

/** A value in a response body together with what its schema says about it. */
export interface DescribedSlot extends Slot {
  view: SchemaView;
}

/** Every value below `body` that the schema describes, depth first, in document order. */
export function describedSlots(schemas: SchemaSet, root: Located, body: unknown, limit = 2000): DescribedSlot[] {
  const out: DescribedSlot[] = [];
  const walk = (value: unknown, at: Located, pointer: string, depth: number) => {
    if (out.length >= limit || depth > 12) return;
    const view = viewOf(schemas, at);
    if (Array.isArray(value)) {
      if (view.items) value.forEach((item, i) => visit(value, i, item, view.items!, `${pointer}/${i}`, depth));
    } else if (value && typeof value === 'object') {
      for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
        const prop = view.properties[name];
        if (prop) visit(value as Record<string, unknown>, name, v, prop, `${pointer}/${escapeToken(name)}`, depth);
      }
    }
  };
  const visit = (parent: Slot['parent'], key: string | number, value: unknown, at: Located, pointer: string, depth: number) => {
    out.push({ parent, key, value, pointer, view: viewOf(schemas, at) });
    walk(value, at, pointer, depth + 1);
  };
  walk(body, root, '', 0);
  return out;
}
