import type { Contract, RequiredField } from '../contracts/types.js';
import { sample } from '../schemas/view/sample.js';
import { locate, schemaAt, type Located } from '../schemas/view/schemaView.js';
import { isObject } from '../util/json.js';
import { escapeToken, tokensOf, valuesAt } from '../util/jsonPointer.js';
import type { BodyDeps } from './body.js';
import { SEED_ID } from './types.js';

type Entity = Record<string, unknown>;

/** One required field of an item of the answer: where its parent is, and its name. */
interface ItemField {
  field: RequiredField;
  /** Pointer pattern of the parent, relative to the item (`''` for the item itself). */
  parent: string;
  name: string;
}

const perContract = new WeakMap<Contract, ItemField[]>();

/**
 * The contract's required fields relative to one entity of its answer: the body of an entity
 * answer, each `value` item of a collection (whose own `value` is the collection's business).
 */
export function itemFields(contract: Contract): ItemField[] {
  let fields = perContract.get(contract);
  if (!fields) {
    const prefix = contract.response.body === 'collection' ? '/value/*' : '';
    fields = contract.response.requiredFields.flatMap((field) => {
      if (!field.pointer.startsWith(`${prefix}/`)) return [];
      const tokens = tokensOf(field.pointer.slice(prefix.length));
      const name = tokens.pop()!;
      return [{ field, parent: tokens.map((t) => `/${escapeToken(t)}`).join(''), name }];
    });
    perContract.set(contract, fields);
  }
  return fields;
}

/** True when the schema at `at` takes `null` (`type: [..., "null"]` or a nullable `anyOf`). */
export function allowsNull(at: Located | undefined): boolean {
  const s = at?.schema as { type?: unknown; anyOf?: unknown[]; oneOf?: unknown[] } | undefined;
  if (!s) return true;
  if (Array.isArray(s.type)) return s.type.includes('null');
  const alternatives = s.anyOf ?? s.oneOf;
  return Array.isArray(alternatives) && alternatives.some((a) => (a as { type?: unknown }).type === 'null');
}

/** True when some required field is missing from `item` where its parent is an object. */
export function lacksRequired(item: Entity, contract: Contract): boolean {
  return itemFields(contract).some(({ parent, name }) => valuesAt(item, parent).some((p) => isObject(p.value) && !Object.hasOwn(p.value, name)));
}

/**
 * Fills, in place, every required field `item` lacks, as Graph answers a field it has no value
 * for: a key (`key()`, by default {@link SEED_ID}), `null` where the type allows it, else a valid
 * sample of the documented type.
 */
export function fillRequired(item: Entity, contract: Contract, deps: BodyDeps, key: () => string = () => SEED_ID): Entity {
  const root = locate(deps.schemas, contract.response.schema);
  for (const { field, parent, name } of itemFields(contract)) {
    for (const at of valuesAt(item, parent)) {
      if (!isObject(at.value) || Object.hasOwn(at.value, name)) continue;
      if (field.rule === 'key') {
        at.value[name] = key();
        continue;
      }
      const schema = root ? schemaAt(deps.schemas, root, `${at.pointer}/${escapeToken(name)}`) : undefined;
      at.value[name] = allowsNull(schema) ? null : schema ? sample(deps.schemas, schema) : null;
    }
  }
  return item;
}
