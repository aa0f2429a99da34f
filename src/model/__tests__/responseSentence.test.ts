import { describe, expect, test } from 'vitest';
import { parseResponseSentence } from '../responseSentence.js';

describe('parseResponseSentence', () => {
  test.for([
    ['If successful, this method returns a `201 Created` response code and an [educationSynchronizationProfileStatus](../resources/educationsynchronizationprofilestatus.md) object in the response body.',
      { statuses: [201], status: 201, type: { name: 'educationSynchronizationProfileStatus', collection: false }, typePage: 'educationsynchronizationprofilestatus', noContent: false }],
    ['If successful, this method returns a `202, Accepted` response code and a [synchronizationProfile](../resources/educationsynchronizationprofile.md) object in the response body.',
      { statuses: [202], status: 202, type: { name: 'synchronizationProfile', collection: false }, typePage: 'educationsynchronizationprofile', noContent: false }],
    ['If successful, this method returns a `200 OK` response code and a collection of [user](../resources/user.md) objects in the response body.',
      { statuses: [200], status: 200, type: { name: 'user', collection: true }, typePage: 'user', noContent: false }],
    ['If successful, this method returns a `200 OK` response code and [driveItem](../resources/driveitem.md) collection in the response body.',
      { statuses: [200], status: 200, type: { name: 'driveItem', collection: true }, typePage: 'driveitem', noContent: false }],
    ['If successful, this method returns a `204 No Content` response code.', { statuses: [204], status: 204, noContent: true }],
    ['If successful, this method returns ```204,No Content``` response code.', { statuses: [204], status: 204, noContent: true }],
    ['If successful, this method returns a `204, NoContent` response code and no response body.', { statuses: [204], status: 204, noContent: true }],
    ['If successful, this method returns `200 OK` response code. It does not return anything in the response body.', { statuses: [200], status: 200, noContent: true }],
    ['If successful, this method returns a 200 OK response code and collection of [driveItem](../resources/driveitem.md) objects in the response body.',
      { statuses: [200], status: 200, type: { name: 'driveItem', collection: true }, typePage: 'driveitem', noContent: false }],
    ['If successful, this method returns a `200 OK` response code and an **itemCategories** object in the response body.',
      { statuses: [200], status: 200, type: { name: 'itemCategories', collection: false }, noContent: false }],
    ['A successful response is indicated by an `HTTP 201 Created` response code.', { statuses: [201], status: 201, noContent: false }],
    ['If successful, this method returns a 200-series response code and a new [accessPackageAssignmentRequest](../resources/x.md) object in the response body.',
      { statuses: [], type: { name: 'accessPackageAssignmentRequest', collection: false }, typePage: 'x', noContent: false }],
    ['If the item is missing it returns a `404 Not Found` response code; if successful, a `200 OK` response code.', { statuses: [404, 200], status: 200, noContent: false }],
    ['See [errors](/graph/errors) for details.', { statuses: [], noContent: false }],
    ['If successful, this method returns a `200 OK` response code and a JSON representation of a [socialIdentityProvider](../resources/socialidentityprovider.md) or a [builtinIdentityProvider](../resources/builtinidentityprovider.md) in the response body.',
      { statuses: [200], status: 200, type: { name: 'socialIdentityProvider', collection: false }, typePage: 'socialidentityprovider', noContent: false, alternatives: ['socialidentityprovider', 'builtinidentityprovider'] }],
    ['For CSV it returns a `302 Found` response. For JSON it returns a `200 OK` response code and a JSON object.', { statuses: [302, 200], status: 302, noContent: false }],
  ] as const)('%s', ([md, expected]) => {
    expect(parseResponseSentence(md)).toEqual(expected);
  });
});
