import { describe, expect, test } from 'vitest';
import { parseTypeRef, typeKey } from '../typeRef.js';

describe('parseTypeRef', () => {
  test.for([
    ['String', 'Edm.String', false],
    ['String collection', 'Edm.String', true],
    ['string', 'Edm.String', false],
    ['DateTimeOffset', 'Edm.DateTimeOffset', false],
    ['Edm.Int32', 'Edm.Int32', false],
    ['Int64', 'Edm.Int64', false],
    ['Boolean', 'Edm.Boolean', false],
    ['GUID', 'Edm.Guid', false],
    ['Binary', 'Edm.Binary', false],
    ['Duration', 'Edm.Duration', false],
    ['TimeOfDay', 'Edm.TimeOfDay', false],
    ['Date', 'Edm.Date', false],
    ['Double', 'Edm.Double', false],
    // dynamics-customer.md:48 `|balance|numeric|…|` (metadata: Edm.Decimal)
    ['numeric', 'Edm.Decimal', false],
    ['`String`', 'Edm.String', false],
    ['Collection(Edm.Int32)', 'Edm.Int32', true],
    ['collection(string)', 'Edm.String', true],
    ['string, maximum size 20', 'Edm.String', false],
    ['educationSynchronizationStatus', 'educationSynchronizationStatus', false],
    ['[educationSynchronizationStatus](enums.md#educationsynchronizationstatus-values)', 'educationSynchronizationStatus', false],
    ['[identitySet](identityset.md) collection', 'identitySet', true],
    ['Collection of [columnDefinition](columndefinition.md)', 'columnDefinition', true],
    ['[driveItem][] collection', 'driveItem', true],
    ['[educationTerm]', 'educationTerm', false],
    ['[plannerPlan](plannerplan.md) (preview)', 'plannerPlan', false],
    ['microsoft.graph.user', 'user', false],
  ] as const)('%s', ([cell, name, collection]) => {
    expect(parseTypeRef(cell)).toEqual({ name, collection });
  });

  test.for(['', 'None', '<ul><li>x</li></ul>', ':---'])('no type in %j', (cell) => {
    expect(parseTypeRef(cell)).toBeUndefined();
  });
});

test('a type named like an Object.prototype member is that type, not a primitive or a function', () => {
  for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
    expect(parseTypeRef(name)).toEqual({ name, collection: false });
  }
});

describe('typeKey', () => {
  test('lower-cases and drops namespaces but keeps Edm names whole', () => {
    expect(typeKey('callRecords.Session')).toBe('session');
    expect(typeKey('Edm.String')).toBe('edm.string');
  });
});
