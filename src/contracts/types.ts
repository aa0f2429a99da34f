import type { SourceRef } from '../docs/types.js';
import type { HttpMethod, Permissions } from '../model/types.js';
import type { Severity } from '../severity.js';
import type { HttpRequest, HttpResponse } from './http.js';

export type { Severity } from '../severity.js';

/** A field of the response body whose value must be a member of a documented enum. */
export interface EnumField {
  /** JSON pointer into the response body; `*` stands for every array item: `/value/*‌/status`. */
  pointer: string;
  enum: string;
  members: string[];
  /** Index of `unknownFutureValue`; members after it need `Prefer: include-unknown-enum-members`. */
  evolvableFrom?: number;
}

/**
 * A field every answer of a contract must hold (the rule: ARCHITECTURE.md, "Required fields").
 * Required wherever its parent is an object: `/value/*‌/id` in each item, `/manager/id` when a
 * manager is there.
 */
export interface RequiredField {
  /** JSON pointer; `*` stands for every array item. */
  pointer: string;
  /**
   * Why the docs promise it: `collection` (`value` of a collection answer), `key` (an entity's
   * key), `selected` (named by the request's `$select`), `expanded` (named by its `$expand`),
   * `default` (the type's page says "Returned by default").
   */
  rule: 'collection' | 'key' | 'selected' | 'expanded' | 'default';
  /** Doc line that promises it: the property's row, or the request for selected and expanded fields. */
  source?: SourceRef;
}

/**
 * One documented request: one example request of an API page (or the page's path template when
 * it has no example). Serialized as JSON under `contracts/`; deterministic.
 */
export interface Contract {
  /** Stable id: `<page-id>` for a page's first request, `<page-id>~<n>` for later ones. */
  id: string;
  pageId: string;
  /** Docs file of the page, relative to the docs root. */
  page: string;
  title: string;
  /** Whether this contract comes from an example request or only from the path template. */
  origin: 'example' | 'template';
  operation: {
    method: HttpMethod;
    /** Path template from the HTTP request section that the example matches, without version. */
    pathTemplate: string;
    /** All path templates of the page (the mock routes each). */
    pathTemplates: string[];
    version: string;
  };
  request: {
    method: HttpMethod;
    /** Example path with placeholders as `{name}`, e.g. `/education/synchronizationProfiles/{id}/profileStatus`. */
    path: string;
    /** Names of the `{…}` placeholders in `path`, in order. */
    pathParams: string[];
    query: Record<string, string>;
    /** Example headers except Authorization and Content-Length. */
    headers: Record<string, string>;
    /** Example body with placeholder values replaced by valid typed values (see `placeholders`). */
    body?: unknown;
    /** JSON pointers of body values that were doc placeholders (`"String"`) and got replaced. */
    placeholders: string[];
    /** Schema file of the request body type, when documented. */
    schema?: string;
  };
  response: {
    /** Documented success status. */
    status: number;
    /** Expected content type; absent when no body is documented. */
    contentType?: string;
    body: 'entity' | 'collection' | 'none' | 'unknown';
    /** Schema file (`<type>.schema.json`) the body (or each `value` item) must match. */
    schema?: string;
    /** Type name of the body (or items). */
    type?: string;
    /**
     * Fields that must be present, at any depth (see ARCHITECTURE.md for the rule). Read-only:
     * contracts of one type may share one frozen list (as they share `enumFields`).
     */
    requiredFields: RequiredField[];
    /** Enum-typed fields of the body; a frozen list shared by the contracts of one type. */
    enumFields: EnumField[];
    /** Example body with placeholders replaced; what the mock answers. */
    example?: unknown;
    placeholders: string[];
    truncated: boolean;
  };
  permissions: Permissions;
  source: {
    page: SourceRef;
    request: SourceRef;
    response?: SourceRef;
    status?: SourceRef;
  };
}

/** The API disagrees with its doc. Turned into a failing test by the suite layer. */
export interface Violation {
  /** Id of the check that found it. */
  check: string;
  severity: Severity;
  message: string;
  /** JSON pointer into the response body, when the finding is about one value. */
  pointer?: string;
  expected?: unknown;
  actual?: unknown;
  /** Doc line that states what was expected. */
  source?: SourceRef;
  /**
   * On a note (severity `info`) that the answer fits what another page documenting the same
   * request documents, though not this page: that page.
   */
  fitsPeer?: string;
}

/** What a check sees: one contract, the request sent, the response received. */
export interface CheckContext {
  contract: Contract;
  request: HttpRequest;
  response: HttpResponse;
  /** Validates a value against a schema file from `schemas/`; returns violations for this check. */
  validate(schema: string, value: unknown, pointerPrefix?: string): Omit<Violation, 'check' | 'severity'>[];
  target: 'mock' | 'live';
  /** The request carried `Prefer: include-unknown-enum-members`. */
  preferUnknownEnumMembers: boolean;
  /** The schemas of the set, to read the types a body names (`@odata.type`) at any depth. */
  schemas: import('../schemas/types.js').SchemaSet;
  /**
   * The other contracts documenting this very request (see `peerIndex`): the answer is judged
   * against what the pages document together, and failures name them. Empty when none.
   */
  peers: readonly Contract[];
}

/** A contract check: data plus one function. */
export interface Check {
  id: string;
  title: string;
  severity: Severity;
  /** Targets the check is meaningful on; on others its tests are not generated. @default both */
  targets?: readonly ('mock' | 'live')[];
  /**
   * What the check judges: the documented answer (chosen with `--checks`/`--skip-checks`), or
   * the denial of a request the sign-in may not make (run, instead of the others, for the
   * requests `--expect-denied` sends). @default 'documented'
   */
  judges?: 'documented' | 'denial';
  /**
   * Whether the contract documents anything this check judges (a schema, enum fields, …); when
   * false no test is generated for the pair. Decided from the contract alone. @default true
   */
  appliesToContract?: (contract: Contract) => boolean;
  /**
   * The check reads the body as the contract documents it (kind, type, fields): an answer shaped
   * as another page of the request documents it is judged as that page documents it (`runCheck`).
   * @default false
   */
  judgesBody?: boolean;
  /** Skip the check for contracts it does not apply to. @default always applies */
  appliesTo?: (contract: Contract, ctx: Pick<CheckContext, 'target' | 'response'>) => boolean;
  /** Returns findings; never throws for a finding. */
  run(ctx: CheckContext): Violation[];
}

/** Everything the run stage needs, from a build in memory or from the committed artifacts. */
export interface ContractSet {
  /** Label of the docs: `default`, a folder, or a tarball name. */
  docs: string;
  contracts: Contract[];
  schemas: import('../schemas/types.js').SchemaSet;
  diagnostics: import('../docs/types.js').DocDiagnostic[];
  /**
   * The API versions whose folders the docs came in (the docs repository layout: `api-reference/<v>/`
   * or `<v>/api/`); absent for a folder of pages that names none. Reports link such pages to
   * their published pages.
   */
  versions?: import('../docs/types.js').DocVersion[];
}
