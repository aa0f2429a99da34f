import type { LintRule, RuleOrigin } from '../types.js';
import type { Severity } from '../../severity.js';

const describe = (origin: RuleOrigin, id: string, severity: Severity, description: string): LintRule => ({ id, severity, origin, description });

/**
 * Rules the docs parser reports while reading pages. Lint does not re-check them; it lists them so
 * every diagnostic id the build can print has a severity and an explanation in one registry.
 */
export const PARSER_RULES: LintRule[] = [
  describe('docs', 'annotation-malformed', 'warning', 'An annotation comment is not a JSON object even after tolerated repairs; the code block after it is read without it.'),
  describe('docs', 'annotation-unknown-key', 'warning', 'An annotation uses a key ApiDoctor does not know (often a typo such as `truncted`); the setting it meant is lost.'),
  describe('docs', 'annotation-unknown-block-type', 'warning', 'An annotation has a `blockType` other than request, response, resource, example, ignored, permissions or simulatedResponse.'),
  describe('docs', 'annotation-trailing-comma', 'info', 'An annotation has a trailing comma, which JSON does not allow; tolerated.'),
  describe('docs', 'annotation-comment', 'info', 'An annotation contains a `//` or `/* */` comment, which JSON does not allow; tolerated.'),
  describe('docs', 'annotation-close-spacing', 'hint', 'An annotation ends with `}-->` without a space; some tools miss it.'),
  describe('docs', 'annotation-without-block', 'warning', 'An annotation is not followed by a code block, so it annotates nothing.'),
  describe('docs', 'doc-file-too-large', 'error', 'A docs file is larger than the limit for one page (`--max-page-mb`); it is not read, and nothing it documents is tested.'),
  describe('docs', 'fence-unclosed', 'warning', 'A code block is never closed and runs to the end of the page.'),
  describe('docs', 'front-matter-unclosed', 'warning', 'The front matter starts with `---` but never ends; the page is read as markdown.'),
  describe('docs', 'front-matter-invalid', 'warning', 'The front matter is not valid YAML; title and doc_type are lost.'),
];

/**
 * Rules the model stage reports while resolving pages into operations and types (where pages
 * disagree, the model decides and says so in one of these).
 */
export const MODEL_RULES: LintRule[] = [
  describe('model', 'enum-member-duplicate', 'warning', 'An enum Member table lists a member twice; the first is kept.'),
  describe('model', 'enum-member-unreadable', 'warning', 'A row of an enum Member table names no member (empty, or free text such as `JIS B4`); it is left out of the enum.'),
  describe('model', 'enum-table-missing', 'warning', 'A "### xxx values" section has no Member table, so the enum gets no members from it.'),
  describe('model', 'enum-lists-disagree', 'warning', 'An enum is listed with different members on different pages (e.g. with and without `unknownFutureValue`); the model merges them and says which list it used.'),
  describe('model', 'example-annotated-ignored', 'info', 'An example is annotated `"blockType": "ignored"` but is a real request or response; it is read as an example anyway.'),
  describe('model', 'example-body-not-json', 'warning', 'An example body is not JSON even after tolerated repairs, so it cannot be checked or served by the mock.'),
  describe('model', 'example-body-too-deep', 'warning', 'An example body nests deeper than 100 levels; it is kept as text, not checked or served (no Graph body nests so deep).'),
  describe('model', 'example-body-wrapped-in-value', 'warning', 'An example wraps a single entity in `"value"`, but Graph returns the entity itself.'),
  describe('model', 'example-json-comment', 'info', 'An example JSON body contains a comment, which JSON does not allow; ignored.'),
  describe('model', 'example-json-ellipsis', 'info', 'An example JSON body uses `...` for omitted content; ignored, so the example is partial.'),
  describe('model', 'example-json-trailing-comma', 'info', 'An example JSON body has a stray comma, which JSON does not allow; ignored.'),
  describe('model', 'example-json-unquoted-value', 'info', 'An example JSON body has an unquoted value such as `{id}` or `String`; read as a string placeholder.'),
  describe('model', 'example-enum-value-undocumented', 'warning', 'An example value is not a member of its documented enum: the enum list or the example is wrong.'),
  describe('model', 'example-placeholder-value', 'warning', 'An example value is a placeholder such as `"String"` or `"String (timestamp)"` where an enum member or a typed value belongs.'),
  describe('model', 'example-property-undocumented', 'warning', 'An example shows a property that its resource page does not document.'),
  describe('model', 'example-request-unreadable', 'warning', 'A request example does not start with `METHOD URL`, so no contract can be derived from it.'),
  describe('model', 'example-request-without-response', 'warning', 'An example request has no example response after it: the contract has no documented answer.'),
  describe('model', 'example-request-not-graph', 'info', 'A request example goes to another host than Graph; it is left out of the examples.'),
  describe('model', 'example-response-extra', 'info', 'A further response example follows the same request; only the first is paired with it.'),
  describe('model', 'example-response-unreadable', 'warning', 'A response example does not start with `HTTP/1.1 NNN`, so its status is unknown.'),
  describe('model', 'example-response-without-request', 'warning', 'An example response follows no example request, so nothing produces it.'),
  describe('model', 'example-response-without-status-line', 'info', 'A response example is a bare JSON body without `HTTP/1.1 NNN`; it is read as the documented success response.'),
  describe('model', 'example-status-differs', 'warning', 'An example response status differs from the success status the Response section documents.'),
  describe('model', 'include-missing', 'warning', 'An include that carries API meaning (a permissions table) names a file the docs do not hold; what it documents is unknown.'),
  describe('model', 'include-unreadable', 'warning', 'An include that should hold a permissions table holds none; the permissions of the API are unknown.'),
  describe('model', 'http-request-path-unusable', 'warning', 'A line of the HTTP request section yields no request path (no leading `/`, markdown, placeholder text such as `** Entity URI for … not found`, spaces); it is left out, and a page with nothing else gets no contract.'),
  describe('model', 'base-type-disagrees', 'warning', 'A resource page\'s JSON representation names base type `entity` while its prose ("Inherits from", "Derived from") links a more specific base; the prose is used.'),
  describe('model', 'example-request-path-unusable', 'warning', 'An example request has no request path (markdown, placeholder text, spaces); it and its response are left out of the contracts.'),
  describe('model', 'http-request-methods-differ', 'warning', 'The HTTP request section names several methods; the operation uses the first.'),
  describe('model', 'http-request-missing', 'warning', 'An API page has no `METHOD /path` template in an HTTP request section.'),
  describe('model', 'operation-without-request', 'info', 'An API page documents no HTTP request at all (neither template nor example).'),
  describe('model', 'permissions-not-stated', 'warning', 'A permission type row states no permission (empty or a TODO placeholder): callers cannot tell what to consent to.'),
  describe('model', 'possible-values-unreadable', 'warning', 'A String property\'s description announces possible values but lists none that can be read (a range, a pointer to another topic); its schema and contracts get no enum for it.'),
  describe('model', 'property-row-unreadable', 'warning', 'A properties table row has no readable property name or type.'),
  describe('model', 'resource-annotation-missing', 'info', 'A resource page has no `"blockType": "resource"` JSON representation; its type name comes from the title.'),
  describe('model', 'resource-json-unreadable', 'info', 'A resource page\'s JSON representation is not a readable JSON object, so it is not compared with the properties table.'),
  describe('model', 'resource-property-case-differs', 'warning', 'The properties table and the JSON representation spell a property with different case; the table\'s spelling is used.'),
  describe('model', 'resource-property-only-in-examples', 'info', 'A property appears in response examples but not on its type\'s resource page; it is taken into the schema, typed by the JSON kind of the values shown, and never required.'),
  describe('model', 'resource-property-only-in-api-paths', 'info', 'A navigation property appears only as the last segment of an API path (`/chats/{id}/tabs` on chat-list-tabs.md); it is taken into the owning type, typed by what the page returns.'),
  describe('model', 'resource-property-only-on-derived-page', 'info', 'A derived type\'s page documents a property as inherited from a base type whose own page lacks it; it is taken into the base type.'),
  describe('model', 'resource-property-only-in-json', 'info', 'A property appears in the JSON representation but in no properties table; its type comes from the representation.'),
  describe('model', 'response-status-not-stated', 'info', 'The Response section states no status code; the first example response status is used.'),
  describe('model', 'type-defined-twice', 'info', 'A type or enum is documented on more than one page; the page named after the type (else the first) is used, and a type takes the properties only the other page documents.'),
  describe('model', 'type-without-page', 'info', 'A property, request or response names a type that has no resource or enum page.'),
];

/** Rules the schema and contract stages report while deriving artifacts from the model. */
export const ARTIFACT_RULES: LintRule[] = [
  describe('schemas', 'base-type-cycle', 'error', 'A type inherits from itself through its base types; inheritance is ignored for it.'),
  describe('schemas', 'type-name-clash', 'warning', 'Two documented types have names that differ only in case; one of them is used.'),
  describe('schemas', 'base-type-unresolved', 'warning', 'A base type has no resource page, so inherited properties are not checked.'),
  describe('contracts', 'example-method-mismatch', 'warning', 'An example request uses another HTTP method than the page documents.'),
  describe('contracts', 'example-version-differs', 'info', 'An example request calls another API version than the page\'s folder documents; the contract is sent to the page\'s version.'),
  describe('contracts', 'example-path-unmatched', 'info', 'An example request path matches none of the page\'s HTTP request templates.'),
  describe('contracts', 'operation-without-example', 'info', 'An operation has no example request, so no contract is derived for it.'),
];
