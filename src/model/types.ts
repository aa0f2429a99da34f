import type { DocDiagnostic, SourceRef } from '../docs/types.js';

/** HTTP methods that Graph reference pages document. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A type reference as written in the docs, normalized: primitives as `Edm.*`
 * (`String` → `Edm.String`, `DateTimeOffset` → `Edm.DateTimeOffset`), Graph types by their
 * simple name as spelled on their resource page (`educationSynchronizationStatus`). Shared between
 * properties typed by the same cell text: replaced, never changed in place.
 */
export interface TypeRef {
  readonly name: string;
  readonly collection: boolean;
}

/** A property of a resource or complex type, or a field of a request body table. */
export interface Property {
  name: string;
  type: TypeRef;
  description: string;
  /** Inline enum members from "Possible values are: `a`, `b`." in the description, in order. */
  possibleValues?: string[];
  /**
   * The enum a String property's "Possible values" list makes: the one place schemas (`enum`) and
   * contracts (`enumFields`) take it from. Absent for other types (an enum-typed property's list
   * feeds its named enum instead).
   */
  inlineEnum?: InlineEnum;
  /** False only where the doc says so ("not nullable", "Required."). @default true */
  nullable: boolean;
  /** True where the doc says "Read-only". @default false */
  readOnly: boolean;
  /** True for navigation properties from the Relationships table. @default false */
  navigation: boolean;
  /** "Inherited from [entity]": the declaring base type. */
  inheritedFrom?: string;
  /**
   * Where the docs document it when the type's own page does not (its table or JSON
   * representation): a derived type's page that says it is inherited from this type, a response
   * example, or an API path (`/chats/{id}/tabs`). Absent for the type's own page.
   */
  origin?: PropertyOrigin;
  source: SourceRef;
}

/** The page a property comes from when its type's own page lacks it (see `Property.origin`). */
export type PropertyOrigin = 'derived-page' | 'example' | 'api-path';

/** Members a description lists for one String property, with no named enum type behind them. */
export interface InlineEnum {
  /** Members in documented order. */
  members: string[];
  /** Index of `unknownFutureValue`, when present: members after it are evolvable, as for named enums. */
  evolvableFrom?: number;
  /** The property's row. */
  source: SourceRef;
}

/** An enum type, from its own page or from a property's "Possible values" list. */
export interface EnumType {
  name: string;
  /** Members in documented order. */
  members: string[];
  /**
   * Index of `unknownFutureValue` in `members`, when present. Members after it are evolvable:
   * Graph only returns them to clients that send `Prefer: include-unknown-enum-members`.
   */
  evolvableFrom?: number;
  source: SourceRef;
}

/** A resource (entity) or complex type from a `resources/*.md` page. */
export interface Resource {
  name: string;
  /** `entity` when it has an `id`/key or derives from entity; `complex` otherwise. */
  kind: 'entity' | 'complex';
  baseType?: string;
  keyProperty?: string;
  openType: boolean;
  properties: Property[];
  source: SourceRef;
}

/** A parsed HTTP message from an example fence. */
export interface HttpExample {
  headers: Record<string, string>;
  /** Parsed JSON body; undefined for no body or a body that is not JSON (see `bodyText`). */
  body?: unknown;
  bodyText?: string;
  source: SourceRef;
}

/** An example request as shown on the page. */
export interface RequestExample extends HttpExample {
  method: HttpMethod;
  /** Full URL as written, e.g. `https://graph.microsoft.com/beta/users/{id}`. */
  url: string;
  /** `beta` or `v1.0`, from the URL. */
  version: string;
  /** Path after the version, with placeholders kept: `/users/{id}`. */
  path: string;
  query: Record<string, string>;
  /** Annotation `name`, when present. */
  name?: string;
}

/** An example response as shown on the page. */
export interface ResponseExample extends HttpExample {
  status: number;
  /** Annotation `truncated: true`: the body shows only some properties. */
  truncated: boolean;
  /** Annotation `@odata.type`: the type the body is declared to be. */
  odataType?: string;
  /** Annotation `isCollection: true`. */
  isCollection?: boolean;
}

/** A request/response pair from the Examples section. */
export interface Example {
  request: RequestExample;
  response?: ResponseExample;
}

/** Who may call an operation, per permission type. `null` = "Not supported."; `[]` = not stated. */
export interface Permissions {
  delegatedWork: string[] | null;
  delegatedPersonal: string[] | null;
  application: string[] | null;
  source?: SourceRef;
}

/** A path template from the "HTTP request" section, e.g. `/users/{id | userPrincipalName}`. */
export interface PathTemplate {
  template: string;
  /** Parameter names in order, e.g. `['id']`. */
  params: string[];
  source: SourceRef;
}

/** One documented operation: one API page. */
export interface Operation {
  /** Page id (file name without `.md`). */
  id: string;
  page: string;
  /** API version of the page's folder (`beta`, `v1.0`), when its path names one. */
  version?: string;
  title: string;
  method: HttpMethod;
  paths: PathTemplate[];
  /** Success status from the Response section, else from the first example response. */
  successStatus?: number;
  successStatusSource?: SourceRef;
  /** The Response section states only an error status: each example's own success status is its contract's. */
  statusPerExample?: boolean;
  /** Body type named by the Request body section, when it names one. */
  requestType?: TypeRef;
  /** Fields from the Request body table. */
  requestProperties: Property[];
  /** Response type named by the Response section; collection when it says "collection". */
  responseType?: TypeRef;
  /** Page ids of the other resource types the Response section names as alternatives ("a socialIdentityProvider or a builtinIdentityProvider"). */
  responseAlternatives?: string[];
  /** The Response section says there is no body ("204 No Content", "no response body"). */
  noContent: boolean;
  permissions: Permissions;
  requestHeaders: { name: string; description: string; required: boolean; source: SourceRef }[];
  examples: Example[];
  source: SourceRef;
}

/** Everything the docs say, normalized. Every later stage reads this, never markdown. */
export interface ApiModel {
  /** By name (as spelled on the page). */
  resources: Record<string, Resource>;
  enums: Record<string, EnumType>;
  operations: Operation[];
  diagnostics: DocDiagnostic[];
}
