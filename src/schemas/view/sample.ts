import type { SchemaSet } from '../types.js';
import { viewOf, type Located, type SchemaView } from './schemaView.js';

/** Valid values the mock uses where the docs give none, by JSON Schema format. */
export const SAMPLE_BY_FORMAT: Record<string, string> = {
  'date-time': '2021-07-13T20:55:17Z',
  date: '2021-07-13',
  time: '20:55:17Z',
  'iso-time': '20:55:17',
  duration: 'PT1H',
  uuid: '86904b1e-c7d0-4ead-b13a-98f11fc400ee',
  uri: 'https://contoso.com/',
  email: 'adele@contoso.com',
  byte: 'AA==',
};

/** A valid value for a schema: first real enum member, a formatted string, required properties. */
export function sample(set: SchemaSet, at: Located, depth = 0): unknown {
  return sampleView(set, viewOf(set, at), depth);
}

function sampleView(set: SchemaSet, view: SchemaView, depth: number): unknown {
  if (view.enum && view.enum.length > 0) return view.enum.find((m) => m !== 'unknownFutureValue') ?? view.enum[0];
  if (view.format && SAMPLE_BY_FORMAT[view.format]) return SAMPLE_BY_FORMAT[view.format];
  const type = view.types[0] ?? (Object.keys(view.properties).length > 0 ? 'object' : 'string');
  switch (type) {
    case 'integer':
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object': {
      const out: Record<string, unknown> = {};
      if (depth > 4) return out;
      for (const name of view.required) {
        const prop = view.properties[name];
        if (prop) out[name] = sample(set, prop, depth + 1);
      }
      return out;
    }
    default:
      return 'string';
  }
}
