import { XMLParser } from 'fast-xml-parser';
import type { CsdlEnumType, CsdlModel, CsdlProperty, CsdlStructuredType, CsdlTypeRef } from './types.js';

type XmlNode = Record<string, unknown>;

// Elements that may repeat; everything else is read as a single child.
const REPEATED = new Set(['Schema', 'EntityType', 'ComplexType', 'EnumType', 'Property', 'NavigationProperty', 'Member']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseAttributeValue: false,
  // Nothing below these is compared with the docs; skipping them keeps the parse fast.
  stopNodes: ['*.EntityContainer', '*.Annotations', '*.Action', '*.Function', '*.Term'],
  isArray: (tagName) => REPEATED.has(tagName),
});

/** Reads a CSDL `$metadata` XML document into a `CsdlModel`. Throws on XML that is not CSDL. */
export function parseCsdl(xml: string): CsdlModel {
  const doc = parser.parse(xml) as XmlNode;
  const services = (doc.Edmx as XmlNode | undefined)?.DataServices as XmlNode | undefined;
  const schemas = (services?.Schema ?? []) as XmlNode[];
  if (schemas.length === 0) throw new Error('not a CSDL document: no edmx:Edmx/edmx:DataServices/Schema element');
  const aliases = new Map<string, string>();
  for (const s of schemas) if (typeof s.Alias === 'string') aliases.set(s.Alias, String(s.Namespace));
  const model: CsdlModel = { namespaces: [], types: {}, enums: {} };
  for (const schema of schemas) {
    const ns = String(schema.Namespace);
    model.namespaces.push(ns);
    const resolve = (name: string): string => resolveAlias(name, aliases);
    for (const node of list(schema.EntityType)) add(model.types, structured('entity', node, ns, resolve));
    for (const node of list(schema.ComplexType)) add(model.types, structured('complex', node, ns, resolve));
    for (const node of list(schema.EnumType)) add(model.enums, enumType(node, ns));
  }
  return model;
}

function add<T extends { qualifiedName: string }>(into: Record<string, T>, item: T): void {
  into[item.qualifiedName] = item;
}

function list(value: unknown): XmlNode[] {
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function structured(kind: 'entity' | 'complex', node: XmlNode, ns: string, resolve: (n: string) => string): CsdlStructuredType {
  const name = String(node.Name);
  const prop = (p: XmlNode, navigation: boolean): CsdlProperty => ({
    name: String(p.Name),
    type: typeRef(String(p.Type), resolve),
    nullable: p.Nullable !== 'false',
    navigation,
  });
  return {
    kind,
    name,
    namespace: ns,
    qualifiedName: `${ns}.${name}`,
    ...(typeof node.BaseType === 'string' ? { baseType: resolve(node.BaseType) } : {}),
    abstract: node.Abstract === 'true',
    openType: node.OpenType === 'true',
    properties: [...list(node.Property).map((p) => prop(p, false)), ...list(node.NavigationProperty).map((p) => prop(p, true))],
  };
}

function enumType(node: XmlNode, ns: string): CsdlEnumType {
  const name = String(node.Name);
  return {
    name,
    namespace: ns,
    qualifiedName: `${ns}.${name}`,
    members: list(node.Member).map((m) => String(m.Name)),
    isFlags: node.IsFlags === 'true',
  };
}

/** `Collection(graph.user)` → `{ name: 'microsoft.graph.user', collection: true }`. */
export function typeRef(raw: string, resolve: (n: string) => string = (n) => n): CsdlTypeRef {
  const m = /^Collection\((.+)\)$/.exec(raw.trim());
  return m ? { name: resolve(m[1]!.trim()), collection: true } : { name: resolve(raw.trim()), collection: false };
}

function resolveAlias(name: string, aliases: Map<string, string>): string {
  const dot = name.indexOf('.');
  if (dot < 0) return name;
  const ns = aliases.get(name.slice(0, dot));
  return ns ? `${ns}${name.slice(dot)}` : name;
}
