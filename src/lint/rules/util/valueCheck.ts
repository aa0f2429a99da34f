import type { EnumType, Property, Resource, TypeRef } from '../../../model/types.js';
import { isObject } from '../../../util/json.js';
import { documentedProperties, isControlKey, simpleTypeName } from './resources.js';

/** One example value that does not fit its documented type. */
export interface ValueProblem {
  /** JSON pointer relative to the checked object. */
  pointer: string;
  key: string;
  value: unknown;
  expected: string;
}

/** What value checks need from the model. */
export interface TypeLookup {
  resources: Map<string, Resource>;
  enums: Map<string, EnumType>;
  /** The model's placeholder test (`"String"`, `"String (timestamp)"`, `"{id}"`). */
  isPlaceholder: (value: string) => boolean;
}

/** Primitive types whose top-level placeholders the model already reports. */
const MODEL_CHECKED = new Set(['Edm.DateTimeOffset', 'Edm.Date', 'Edm.TimeOfDay', 'Edm.Duration', 'Edm.Guid']);

function isEnum(prop: Property, types: TypeLookup): boolean {
  return Boolean(types.enums.get(simpleTypeName(prop.type.name))?.members.length || prop.possibleValues?.length);
}

// Formats as the OData ABNF and the JSON Schema formats derived for them (date-time, date, uuid, …).
const FORMATS: Record<string, (v: unknown) => boolean> = {
  'edm.string': (v) => typeof v === 'string',
  'edm.boolean': (v) => typeof v === 'boolean',
  'edm.int16': Number.isInteger,
  'edm.int32': Number.isInteger,
  'edm.int64': (v) => Number.isInteger(v) || (typeof v === 'string' && /^-?\d+$/.test(v)),
  'edm.byte': Number.isInteger,
  'edm.sbyte': Number.isInteger,
  'edm.double': (v) => typeof v === 'number' || v === 'NaN' || v === 'INF' || v === '-INF',
  'edm.single': (v) => typeof v === 'number',
  'edm.decimal': (v) => typeof v === 'number' || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)),
  'edm.datetimeoffset': (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(v),
  'edm.date': (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
  'edm.timeofday': (v) => typeof v === 'string' && /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v),
  'edm.duration': (v) => typeof v === 'string' && /^-?P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/.test(v),
  'edm.guid': (v) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
};


/**
 * Checks the documented properties of an example object against their types: primitive formats,
 * enum membership, nested complex types (by their own `@odata.type` when present). Undocumented
 * properties are another rule's business and are skipped here.
 */
export function checkObject(obj: Record<string, unknown>, resource: Resource, types: TypeLookup, depth = 0): ValueProblem[] {
  // Top-level placeholders and enum members are the model's findings (`example-placeholder-value`,
  // `example-enum-value-undocumented`); this check adds wrong JSON types, bad formats and nesting.
  const skip = (prop: Property, v: unknown): boolean =>
    depth === 0 && typeof v === 'string' && (isEnum(prop, types) || (types.isPlaceholder(v) && MODEL_CHECKED.has(prop.type.name)));
  if (depth > 5) return [];
  const props = documentedProperties(resource, types.resources);
  const out: ValueProblem[] = [];
  for (const [key, value] of Object.entries(obj)) {
    const prop = props.get(key);
    if (!prop || isControlKey(key)) continue;
    const items = prop.type.collection && Array.isArray(value) ? value.map((v, i) => ({ v, at: `/${i}` })) : [{ v: value, at: '' }];
    if (prop.type.collection && !Array.isArray(value) && value !== null) {
      out.push({ pointer: `/${key}`, key, value, expected: `a collection of ${prop.type.name}` });
      continue;
    }
    for (const { v, at } of items) {
      if (!skip(prop, v)) out.push(...checkValue(v, prop, types, depth).map((p) => ({ ...p, pointer: `/${key}${at}${p.pointer}` })));
    }
  }
  return out;
}

function checkValue(v: unknown, prop: Property, types: TypeLookup, depth: number): ValueProblem[] {
  if (v === null) return [];
  const problem = (expected: string): ValueProblem[] => [{ pointer: '', key: prop.name, value: v, expected }];
  const type: TypeRef = prop.type;
  const format = FORMATS[type.name.toLowerCase()];
  if (format) return format(v) ? [] : problem(type.name.replace(/^Edm\./, ''));
  const members = types.enums.get(simpleTypeName(type.name))?.members ?? prop.possibleValues;
  if (members && members.length > 0) {
    // Flags enums serialize several members comma-separated.
    const ok = typeof v === 'string' && v.split(',').every((m) => members.includes(m.trim()));
    return ok ? [] : problem(`a member of ${type.name} (${members.join(', ')})`);
  }
  const declared = isObject(v) && typeof v['@odata.type'] === 'string' ? types.resources.get(simpleTypeName(v['@odata.type'])) : undefined;
  const resource = declared ?? types.resources.get(simpleTypeName(type.name));
  if (!resource) return [];
  if (!isObject(v)) return problem(`a ${resource.name} object`);
  return checkObject(v, resource, types, depth + 1);
}
