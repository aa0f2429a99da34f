import { describe, expect, test } from 'vitest';
import { orNull } from '../nullable.js';

describe('orNull', () => {
  test.for([
    { name: 'a type becomes a union with null', schema: { type: 'string', format: 'date' }, expected: { type: ['string', 'null'], format: 'date' } },
    { name: 'a union gets null added once', schema: { type: ['number', 'string'] }, expected: { type: ['number', 'string', 'null'] } },
    { name: 'a union with null stays', schema: { type: ['string', 'null'] }, expected: { type: ['string', 'null'] } },
    { name: 'an enum gets null as a member', schema: { type: 'string', enum: ['a', 'b'] }, expected: { type: ['string', 'null'], enum: ['a', 'b', null] } },
    { name: 'a $ref is wrapped', schema: { $ref: 'x.schema.json' }, expected: { anyOf: [{ $ref: 'x.schema.json' }, { type: 'null' }] } },
    { name: 'an untyped enum is wrapped, null a member', schema: { enum: ['a'] }, expected: { anyOf: [{ enum: ['a', null] }, { type: 'null' }] } },
    { name: 'the empty schema accepts null already', schema: {}, expected: {} },
  ])('$name', ({ schema, expected }) => {
    expect(orNull(schema)).toEqual(expected);
  });

  test('arrays the schema shares with others are never changed', () => {
    const type = ['number', 'string'];
    const members = ['a', 'b'];
    const schema = { type, enum: members };
    expect(orNull(schema)).toBe(schema);
    expect(schema).toEqual({ type: ['number', 'string', 'null'], enum: ['a', 'b', null] });
    expect(type).toEqual(['number', 'string']);
    expect(members).toEqual(['a', 'b']);
  });
});
