import type { CsdlEnumType, CsdlModel, CsdlProperty, CsdlStructuredType } from './types.js';

/** Looks CSDL types up by the simple names the docs use. */
export interface CsdlIndex {
  /** Structured type by simple or qualified name, case-insensitive; `microsoft.graph` wins over sub-namespaces. */
  type(name: string): CsdlStructuredType | undefined;
  enum(name: string): CsdlEnumType | undefined;
  /** Declared plus inherited properties, base type first; cached. */
  allProperties(type: CsdlStructuredType): CsdlProperty[];
}

/** Builds a case-insensitive name index over a CSDL model. */
export function indexCsdl(model: CsdlModel): CsdlIndex {
  const types = byName(Object.values(model.types));
  const enums = byName(Object.values(model.enums));
  const props = new Map<string, CsdlProperty[]>();
  const allProperties = (type: CsdlStructuredType): CsdlProperty[] => {
    const cached = props.get(type.qualifiedName);
    if (cached) return cached;
    props.set(type.qualifiedName, type.properties); // guards against a base-type cycle
    const base = type.baseType ? model.types[type.baseType] : undefined;
    const all = base ? [...allProperties(base), ...type.properties] : type.properties;
    props.set(type.qualifiedName, all);
    return all;
  };
  return { type: (n) => types.get(n.toLowerCase()), enum: (n) => enums.get(n.toLowerCase()), allProperties };
}

function byName<T extends { name: string; namespace: string; qualifiedName: string }>(items: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    map.set(item.qualifiedName.toLowerCase(), item);
    const simple = item.name.toLowerCase();
    // Docs name types without namespace; the root namespace is the one they usually mean.
    if (!map.has(simple) || item.namespace === 'microsoft.graph') map.set(simple, item);
  }
  return map;
}
