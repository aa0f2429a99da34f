import { describe, expect, test } from 'vitest';
import { indexTypes } from '../../schemas/index.js';
import { model, prop, resource, src, t } from '../../schemas/__tests__/__fixtures__/model.js';
import { requiredFields, type RequiredInput } from '../required.js';

const byDefault = (name: string, type: Parameters<typeof prop>[1], extra: Parameters<typeof prop>[2] = {}) => prop(name, type, { description: 'The name. Returned by default.', ...extra });
const address = resource('address', [byDefault('city', 'Edm.String'), prop('street', 'Edm.String'), prop('geo', 'geo'), prop('previous', 'address')]);
const geo = resource('geo', [byDefault('lat', 'Edm.Double'), prop('note', 'Edm.String', { description: 'Not returned by default.' })]);
const chain = resource('chain', [byDefault('a', 'chain'), byDefault('b', 'Edm.Int32')]);
// Complex values nest 4 deep below `person.deep`: the fourth is past the depth looked into.
const levels = [1, 2, 3, 4].map((n) => resource(`level${n}`, [byDefault('v', 'Edm.String'), prop('x', `level${n + 1}`)]));
const person = resource(
  'person',
  [
    prop('id', 'Edm.String'),
    byDefault('displayName', 'Edm.String'),
    prop('mail', 'Edm.String'),
    prop('home', 'address'),
    prop('addresses', t('address', true)),
    prop('links', 'chain'),
    prop('deep', 'level1'),
    byDefault('a/b~c', 'Edm.String'),
    prop('manager', 'person', { navigation: true }),
    prop('reports', t('person', true), { navigation: true }),
    prop('owner', 'thing', { navigation: true }),
  ],
  { kind: 'entity' },
);
const thing = resource('thing', [prop('code', 'Edm.String'), byDefault('label', 'Edm.String')], { kind: 'entity', keyProperty: 'code' });
// A type's own declaration of a name decides, whatever its base type's says.
const baseThing = resource('baseThing', [prop('id', 'Edm.String'), byDefault('name', 'Edm.String'), byDefault('shadowed', 'Edm.String'), prop('plain', 'Edm.String'), prop('spot', 'address')], { kind: 'entity' });
const derivedThing = resource('derivedThing', [prop('shadowed', 'Edm.String'), byDefault('plain', 'Edm.String'), prop('extra', 'Edm.Int32')], { baseType: 'baseThing' });
const index = indexTypes(model({ resources: [address, geo, chain, person, thing, baseThing, derivedThing, ...levels] }));
const request = src('api/person-get.md', 40);
const fields = (body: RequiredInput['body'], query: Record<string, string> = {}, path = '/people/{id}') =>
  requiredFields({ body, type: person, request: { path, query }, requestSource: request, index }).map((f) => `${f.pointer} ${f.rule}${f.source === request ? ' (request)' : ''}`);

// `home.previous` is an address inside an address, `links.a` a chain inside a chain: not looked into again.
const DEFAULTS = ['/addresses/*/city default', '/addresses/*/geo/lat default', '/a~1b~0c default', '/deep/v default', '/deep/x/v default', '/deep/x/x/v default', '/displayName default', '/home/city default', '/home/geo/lat default', '/id key', '/links/a default', '/links/b default'];

describe('requiredFields', () => {
  test('an entity: its key and what its page returns by default, in complex values to depth 3, sorted', () => {
    expect(fields('entity')).toEqual(DEFAULTS);
  });

  test('a collection: `value`, then each item as an entity', () => {
    expect(fields('collection', {}, '/people')).toEqual(['/value collection (request)', ...DEFAULTS.map((f) => `/value/*${f}`)]);
  });

  test('options other than $select and $expand change nothing', () => {
    expect(fields('collection', { $top: '2', $filter: "displayName eq 'x'" }, '/people')).toEqual(fields('collection', {}, '/people'));
  });

  test('$select: what it names and the type declares, with their defaults inside; the key only when named', () => {
    expect(fields('entity', { $select: 'displayName,home,mail,nothing,manager' })).toEqual(['/displayName selected (request)', '/home selected (request)', '/home/city default', '/home/geo/lat default', '/mail selected (request)']);
    expect(fields('entity', { select: 'ID' })).toEqual(['/id selected (request)']);
  });

  test('$select=* keeps the defaults and adds what else it names', () => {
    expect(fields('entity', { $select: '*,mail' })).toEqual([...DEFAULTS, '/mail selected (request)']);
  });

  test('$expand: each expanded navigation property, and the expanded entities\' own fields', () => {
    expect(fields('entity', { $select: 'id', $expand: 'manager($select=mail),owner,reports($expand=owner($select=code))' })).toEqual([
      '/id selected (request)',
      '/manager expanded (request)',
      '/manager/mail selected (request)',
      '/owner expanded (request)',
      '/owner/code key',
      '/owner/label default',
      '/reports expanded (request)',
      '/reports/*/owner expanded (request)',
      '/reports/*/owner/code selected (request)',
      ...DEFAULTS.map((f) => `/reports/*${f}`),
    ].sort());
  });

  test('a list of references, or an untyped body, requires only `value` of a collection', () => {
    expect(fields('collection', {}, '/people/{id}/reports/$ref')).toEqual(['/value collection (request)']);
    expect(fields('entity', {}, '/people/{id}/manager/$ref')).toEqual([]);
    expect(requiredFields({ body: 'collection', type: undefined, request: { path: '/x', query: {} }, requestSource: request, index }).map((f) => f.pointer)).toEqual(['/value']);
  });

  test('inherited defaults count, unless the type declares the name again', () => {
    const got = requiredFields({ body: 'entity', type: derivedThing, request: { path: '/things/{id}', query: {} }, requestSource: request, index });
    expect(got.map((f) => `${f.pointer} ${f.rule}`)).toEqual(['/id key', '/name default', '/plain default', '/spot/city default', '/spot/geo/lat default']);
    expect(got.find((f) => f.pointer === '/plain')!.source).toBe(derivedThing.properties[1]!.source);
  });

  test('contracts of one type get equal lists that nothing can change', () => {
    const input = { body: 'entity' as const, type: person, request: { path: '/people/{id}', query: {} }, requestSource: request, index };
    const [a, b] = [requiredFields(input), requiredFields(input)];
    expect(a).toEqual(b);
    expect(() => (a as unknown[]).push({})).toThrow();
  });
});
