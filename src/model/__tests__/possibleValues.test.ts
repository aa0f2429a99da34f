import { describe, expect, test } from 'vitest';
import { parsePossibleValues, saysNotNullable, saysReadOnly } from '../possibleValues.js';

describe('parsePossibleValues', () => {
  test.for([
    ['The status of a sync. Possible values are: `paused`, `inProgress`, `success`, `error`, `quarantined`, `validationError`.',
      ['paused', 'inProgress', 'success', 'error', 'quarantined', 'validationError']],
    ['**TODO**. Possible values are: `a`, `b`, `unknownFutureValue`.', ['a', 'b', 'unknownFutureValue']],
    ['Possible values are: `after` (default) or `before`.', ['after', 'before']],
    ['Possible values: `Approve`, `Deny`, or `DontKnow`. Supports `$select`.', ['Approve', 'Deny', 'DontKnow']],
    ['Possible values include ItPro, Application, Partner and Unknown.', ['ItPro', 'Application', 'Partner', 'Unknown']],
    ['Possible values are: `null` (default value), `NotDisabled`.', ['NotDisabled']],
    ['Possible values are: `v1.0`, `beta`.', ['v1.0', 'beta']],
    // chatmessagepolicyviolation.md:22: an <li> list, prose after the last item
    ['Supported values are: <li>None</li><li>Override</li><li>ReportFalsePositive</li>When the DLP provider is updating the message, userAction is not required.', ['None', 'Override', 'ReportFalsePositive']],
    ['Supported values are: <li>None</li><li>NotifySender -- Inform the sender. Allow readers.</li><li>BlockAccess -- Block readers.</li>', ['None', 'NotifySender', 'BlockAccess']],
    ['Supported values are:<ul><li>`AzureADMyOrg`: Users in my organization.</li><li>`AzureADMultipleOrgs`: Users in any organization.</li></ul>', ['AzureADMyOrg', 'AzureADMultipleOrgs']],
    // teamsappdefinition.md:24: <br> items, each a sentence or more
    ['The status. Possible values are:</br>`submitted` — Submitted and under review. </br>`published`  — Approved. </br> `rejected` — Rejected by the admin. |', ['submitted', 'published', 'rejected']],
    ['Possible values:<br/>"User" - can be assigned to users.<br/>"Company" - to the tenant.<br/>See also the admin guide.', ['User', 'Company']],
  ] as const)('%s', ([description, members]) => {
    expect(parsePossibleValues(description)).toEqual(members);
  });

  test.for(['Represents the time.', 'See possible values.', ''])('no list in %j', (d) => {
    expect(parsePossibleValues(d)).toBeUndefined();
  });
});

describe('description flags', () => {
  test.for([
    ['Read-only. Nullable.', true, true],
    ['The id. Not nullable. Read-only.', true, false],
    ['Bearer {token}. Required.', false, false],
    ['Required for creating a group.', false, false],
    ['The display name.', false, true],
  ] as const)('%s', ([d, readOnly, nullable]) => {
    expect({ readOnly: saysReadOnly(d), nullable: !saysNotNullable(d) }).toEqual({ readOnly, nullable });
  });
});
