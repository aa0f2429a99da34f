import type { DocDiagnostic } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import type { TypeIndex } from './typeIndex.js';
import type { Operation, Property, Resource, TypeRef } from './types.js';

/** The verb word of a page about a navigation property: listing it, getting it, adding to it. */
const NAVIGATION_VERBS = new Set(['list', 'get', 'post', 'add', 'create']);

/** A path segment that can name a navigation property (not a key, cast, function or `$value`). */
const NAVIGATION = /^[A-Za-z_][\w]*$/;
const UPPER = /[A-Z]/;
const KEYED = /[{(]/;

/** The type of what the operation's path addresses, when its page says so: GET returns it, POST adds one to it. */
function addressedType(op: Operation, index: TypeIndex): TypeRef | undefined {
  if (op.method === 'GET' && op.responseType && index.resource(op.responseType.name)) return op.responseType;
  const created = op.responseType ?? op.requestType;
  if (op.method === 'POST' && created && !created.collection && index.resource(created.name)) return { name: created.name, collection: true };
  return undefined;
}

/**
 * The last word of a page id `<type>-<verb>-<word>` about a type's navigation property
 * (`<type>-list-<property>`, `<type>-post-<property>`); undefined for other pages. Actions and
 * functions are pages of their own (`user-assignlicense`, `team-clone`): no verb word.
 */
function navigationWord(pageId: string): string | undefined {
  const parts = pageId.toLowerCase().split('-');
  return parts.length === 3 && NAVIGATION_VERBS.has(parts[1]!) ? parts[2] : undefined;
}

/**
 * True when a page id `<type>-<verb>-<word>` names the segment by its last word: `chat-list-tabs` → `tabs`,
 * `educationclass-list-categories` → `assignmentCategories` (a camelCase tail), `profile-list-accounts`
 * → `account` (a plural).
 */
function namedBy(pageId: string, segment: string): boolean {
  const word = navigationWord(pageId);
  if (word === undefined) return false;
  const lower = segment.toLowerCase();
  if (lower === word || word === `${lower}s`) return true;
  const tail = segment.length - word.length;
  return tail > 0 && lower.endsWith(word) && UPPER.test(segment[tail]!);
}

/**
 * True when the path is a collection of the page's own type (or a type derived from it), not a
 * property of it: `POST /identity/identityProviders` on identityproviderbase-post-identityproviders.md
 * (no keyed parent), `POST /groups/{id}/settings` on directorysetting-post-settings.md (the word
 * names the type itself). `/drives/{id}/items/{id}/children` on driveitem-list-children.md is one.
 */
function selfCollection(owner: Resource, type: TypeRef, segments: string[], pageId: string, index: TypeIndex): boolean {
  let t = index.resource(type.name);
  for (let hops = 0; t && t !== owner && hops < 16; hops++) t = t.baseType ? index.resource(t.baseType) : undefined;
  if (t !== owner) return false;
  const parent = segments[segments.length - 2]!;
  const keyed = KEYED.test(parent) || parent.toLowerCase() === 'me';
  const word = pageId.slice(pageId.lastIndexOf('-') + 1).toLowerCase();
  const name = owner.name.toLowerCase();
  return !keyed || name === word || name.endsWith(word) || `${name}s` === word || (word.endsWith('s') && name.endsWith(word.slice(0, -1)));
}

/**
 * Navigation properties that only the API pages show, as the last segment of the path of an
 * operation on a type (`GET /chats/{chat-id}/tabs` on `chat-list-tabs.md`: `chat.tabs`, a
 * `teamsTab` collection). The page's id names the owning type (`chat-…`) and its last word the
 * segment (`…-tabs`, see `namedBy`); the type is what the page says the call returns (or, for a POST, adds to).
 * Taken into the owner as `origin: 'api-path'`, one `resource-property-only-in-api-paths`
 * diagnostic each. Pages whose id names no documented type (`intune-…`) are left alone.
 */
export function propertiesFromPaths(operations: readonly Operation[], index: TypeIndex, diagnostics: DocDiagnostic[]): void {
  for (const op of operations) {
    // Only a page about a navigation property can name one: the others are passed over at once.
    if (navigationWord(op.id) === undefined) continue;
    const dash = op.id.indexOf('-');
    const owner = dash > 0 ? index.resource(op.id.slice(0, dash)) : undefined;
    const type = owner && addressedType(op, index);
    if (!owner || !type) continue;
    for (const path of op.paths) {
      const segments = path.template.split('?', 1)[0]!.split('/').filter((s) => s !== '');
      const last = segments[segments.length - 1];
      if (segments.length < 2 || !last || !NAVIGATION.test(last) || !namedBy(op.id, last)) continue;
      if (selfCollection(owner, type, segments, op.id, index)) continue;
      if (index.property(owner, last)) continue;
      const property: Property = { name: last, type: { name: type.name, collection: type.collection }, description: '', nullable: true, readOnly: false, navigation: true, origin: 'api-path', source: path.source };
      index.adopt(owner, property);
      diagnostics.push(diagnostic('resource-property-only-in-api-paths', 'info', `Navigation property \`${last}\` of ${owner.name} (${type.name}${type.collection ? ' collection' : ''}) appears only in API paths, not on its resource page; taken into its schema.`, path.source, [owner.source]));
    }
  }
}
