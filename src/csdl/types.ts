/**
 * The parts of an OData CSDL `$metadata` document that graph-contracts compares with the docs.
 * Format: https://docs.oasis-open.org/odata/odata-csdl-xml/v4.01/odata-csdl-xml-v4.01.html
 * Names are namespace-qualified (`microsoft.graph.user`, `microsoft.graph.callRecords.session`);
 * aliases (`graph.user`) are resolved while reading.
 */

/** A type reference: `Edm.String`, `microsoft.graph.user`; `Collection(...)` sets `collection`. */
export interface CsdlTypeRef {
  name: string;
  collection: boolean;
}

/** A structural or navigation property of an entity or complex type. */
export interface CsdlProperty {
  name: string;
  type: CsdlTypeRef;
  /** `Nullable` attribute. @default true */
  nullable: boolean;
  navigation: boolean;
}

/** An `EntityType` or `ComplexType`. */
export interface CsdlStructuredType {
  kind: 'entity' | 'complex';
  /** Simple name as declared, e.g. `educationSynchronizationProfileStatus`. */
  name: string;
  namespace: string;
  /** `<namespace>.<name>`. */
  qualifiedName: string;
  /** Qualified name of the base type. */
  baseType?: string;
  abstract: boolean;
  openType: boolean;
  /** Declared properties only (not inherited), in document order. */
  properties: CsdlProperty[];
}

/** An `EnumType` with its members in document order. */
export interface CsdlEnumType {
  name: string;
  namespace: string;
  qualifiedName: string;
  members: string[];
  isFlags: boolean;
}

/** A whole `$metadata` document, keyed by qualified name. Plain data, JSON-serializable. */
export interface CsdlModel {
  namespaces: string[];
  types: Record<string, CsdlStructuredType>;
  enums: Record<string, CsdlEnumType>;
}
