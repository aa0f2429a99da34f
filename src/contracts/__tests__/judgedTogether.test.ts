import { describe, expect } from 'vitest';
import { getProfileStatus, listProfileStatuses } from './__fixtures__/contracts.js';
import { testCheck } from './__helpers__/testCheck.js';
import type { Contract } from '../types.js';

// Pages that document one request differently: the answer is judged against what they document
// together, a fit with another page is a note naming it, and failures name every page.
const other = 'api/educationsynchronizationprofilestatus-other.md';
const peer = (id: string, response: Partial<Contract['response']>): Contract => ({ ...getProfileStatus, id, page: other, response: { ...getProfileStatus.response, ...response } });
const statusField = getProfileStatus.response.enumFields[0]!;
// `archived` before `unknownFutureValue`: an ordinary member of the other page's list.
const listsArchived = peer('other-get', { enumFields: [{ ...statusField, members: ['archived', ...statusField.members], evolvableFrom: statusField.members.length }] });
const answers201 = peer('other-post', { status: 201 });
const listing = { ...listProfileStatuses, id: 'other-list', page: other };

describe('judged with the pages that share the request', () => {
  testCheck('enum-members-documented', [
    {
      name: 'a member only another page lists is a note naming it, not a failure',
      contract: getProfileStatus,
      peers: [listsArchived],
      response: { status: 200, json: { id: 'a', status: 'archived' } },
      violations: [{ severity: 'info', pointer: '/status', fitsPeer: other }],
    },
    {
      name: 'a member no page lists fails, naming the other pages',
      contract: getProfileStatus,
      peers: [listsArchived],
      response: { status: 200, json: { id: 'a', status: 'deleted' } },
      violations: [{ severity: 'error', pointer: '/status', message: expect.stringContaining(`also documented by ${other}`) as unknown as string }],
    },
  ]);
  testCheck('status-code-documented', [
    { name: 'a status another page documents is a note', contract: getProfileStatus, peers: [answers201], response: { status: 201, json: {} }, violations: [{ severity: 'info', fitsPeer: other }] },
    { name: 'a status no page documents fails, listing both', contract: getProfileStatus, peers: [answers201], response: { status: 202, json: {} }, violations: [{ severity: 'error', message: expect.stringContaining('not the documented 200 or 201') as unknown as string }] },
  ]);
  testCheck('response-body-matches-schema', [
    {
      name: 'a collection where this page documents one entity is judged as the page documenting the collection',
      contract: getProfileStatus,
      peers: [listing],
      response: { status: 200, json: { value: [{ id: 'a', status: 'paused' }] } },
      violations: [{ severity: 'info', fitsPeer: other }],
    },
    {
      name: 'without such a page, an entity wrapped in value fails',
      contract: getProfileStatus,
      response: { status: 200, json: { value: [{ id: 'a', status: 'paused' }] } },
      violations: [{ severity: 'error', pointer: '/value' }],
    },
  ]);
});
