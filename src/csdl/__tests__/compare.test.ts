import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Property } from '../../model/types.js';
import { enumOf, model, op, prop, resource } from '../../diff/__helpers__/model.js';
import { crossCheck } from '../crossCheck.js';
import { fidelity } from '../fidelity.js';
import { parseCsdl } from '../parse.js';

const csdl = parseCsdl(readFileSync(new URL('./__fixtures__/small.csdl.xml', import.meta.url), 'utf8'));
const statusMembers = ['paused', 'inProgress', 'success', 'error', 'quarantined', 'validationError'];
// As the seed resource page documents it: two properties, status members without unknownFutureValue.
const seedModel = () =>
  model({
    resources: [
      resource('educationSynchronizationProfileStatus', [
        prop('status', 'educationSynchronizationStatus', { possibleValues: statusMembers }),
        prop('lastSynchronizationDateTime', 'Edm.String'),
        prop('statusMessage'),
      ]),
      resource('notInMetadata', [prop('x')]),
      resource('user', []),
    ],
  });

describe('crossCheck', () => {
  it('counts every kind of difference between docs and metadata', () => {
    const result = crossCheck(seedModel(), csdl);
    expect(result.matchedTypes).toBe(2);
    expect(result.counts).toEqual({
      'type-not-in-metadata': 1,
      'property-missing-from-docs': 4, // errorCount; user: businessPhones, manager, sessions
      'property-not-in-metadata': 1,
      'property-case-differs': 0,
      'property-type-differs': 1,
      'enum-member-missing-from-docs': 1,
      'enum-member-not-in-metadata': 0,
      'enum-member-case-differs': 0,
    });
    expect(result.differences.find((d) => d.kind === 'property-type-differs')?.message).toBe(
      'educationSynchronizationProfileStatus.lastSynchronizationDateTime: docs say Edm.String, metadata Edm.DateTimeOffset',
    );
    expect(result.differences.find((d) => d.kind === 'enum-member-missing-from-docs')?.member).toBe('unknownFutureValue');
  });
  it('prefers the enum page over a property list, and finds nothing when docs match', () => {
    const m = seedModel();
    m.enums = { educationSynchronizationStatus: enumOf('educationSynchronizationStatus', [...statusMembers, 'unknownFutureValue', 'extra']) };
    expect(crossCheck(m, csdl).counts['enum-member-not-in-metadata']).toBe(1);
    const exact = model({ resources: [resource('entity', [prop('id')])] });
    expect(crossCheck(exact, csdl).differences).toEqual([]);
  });
});

// participantinfo.md and invitationparticipantinfo.md type `endpointType` as String and list different members.
const endpointCsdl = parseCsdl(`<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
  <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
    <EnumType Name="endpointType"><Member Name="default" Value="0" /><Member Name="voicemail" Value="1" /><Member Name="skypeForBusiness" Value="2" /><Member Name="unknownFutureValue" Value="3" /></EnumType>
    <ComplexType Name="participantInfo"><Property Name="endpointType" Type="graph.endpointType" /></ComplexType>
    <ComplexType Name="invitationParticipantInfo"><Property Name="endpointType" Type="graph.endpointType" /></ComplexType>
  </Schema></edmx:DataServices></edmx:Edmx>`);
const invitation = () => {
  const r = resource('invitationParticipantInfo', [prop('endpointType', 'Edm.String', { possibleValues: ['default', 'voicemail'] })]);
  r.properties[0]!.source = { file: 'resources/invitationparticipantinfo.md', line: 20 };
  return r;
};
const participant = () => {
  const r = resource('participantInfo', [prop('endpointType', 'Edm.String', { possibleValues: ['default', 'skypeForBusiness', 'sip'] })]);
  r.properties[0]!.source = { file: 'resources/participantinfo.md', line: 30 };
  return r;
};

describe('crossCheck of an enum several pages list', () => {
  it('compares the union of every list, whichever page comes first, and names every list', () => {
    for (const resources of [[invitation(), participant()], [participant(), invitation()]]) {
      const enumDiffs = crossCheck(model({ resources }), endpointCsdl).differences.filter((d) => d.kind.startsWith('enum-'));
      expect(enumDiffs.map((d) => `${d.kind} ${d.member}`)).toEqual(['enum-member-missing-from-docs unknownFutureValue', 'enum-member-not-in-metadata sip']);
      expect(enumDiffs[0]!.source).toEqual({ file: 'resources/invitationparticipantinfo.md', line: 20 });
      expect(enumDiffs[0]!.related).toEqual([{ file: 'resources/participantinfo.md', line: 30 }]);
    }
  });
});

describe('fidelity', () => {
  it('measures property and enum member recall with a cause per miss', () => {
    const report = fidelity(seedModel(), csdl);
    expect(report.types).toBe(2);
    expect(report.properties).toEqual({ total: 6, found: 2, recall: 2 / 6, caseOnly: 0 });
    expect(report.enumMembers).toEqual({ total: 7, found: 6, recall: 6 / 7, caseOnly: 0 });
    expect(report.misses).toEqual([
      { name: 'educationSynchronizationProfileStatus.errorCount', cause: 'property-not-documented' },
      { name: 'educationSynchronizationStatus.unknownFutureValue', cause: 'enum-member-not-documented' },
      { name: 'user.businessPhones', cause: 'page-has-no-properties' },
      { name: 'user.manager', cause: 'page-has-no-properties' },
      { name: 'user.sessions', cause: 'page-has-no-properties' },
    ]);
  });
});

describe('fidelity with pages', () => {
  // Each place a property can be that the model did not take, checked in this order (see missCause.ts).
  it('tells a name in a table or JSON key the model missed from one only other pages or prose show', async () => {
    const { parseDoc } = await import('../../docs/index.js');
    const status = (extra: Property[] = []) => resource('educationSynchronizationProfileStatus', [prop('status', 'educationSynchronizationStatus'), ...extra]);
    const missOf = (m: ReturnType<typeof model>, text: string) => {
      m.resources['educationSynchronizationProfileStatus']!.source = { file: 'resources/s.md', line: 1 };
      const page = parseDoc({ file: 'resources/s.md', text });
      return fidelity(m, csdl, [page]).misses.filter((x) => x.name.startsWith('educationSynchronizationProfileStatus.')).map((x) => `${x.name.split('.')[1]}:${x.cause}`);
    };
    const table = '# s\n\n|Property|Type|\n|:--|:--|\n|errorCount|Int64|\n\n```json\n{ "lastSynchronizationDateTime": "String" }\n```\n';
    expect(missOf(model({ resources: [status()] }), table)).toEqual(['errorCount:on-page-but-not-extracted', 'lastSynchronizationDateTime:on-page-but-not-extracted']);
    const derived = { ...resource('derivedStatus', [prop('errorCount')]), baseType: 'microsoft.graph.educationSynchronizationProfileStatus' };
    const example = op('GET', '/status', {
      id: 'educationsynchronizationprofilestatus-get',
      responseType: { name: 'educationSynchronizationProfileStatus', collection: false },
      examples: [{ request: { method: 'GET', url: '', version: 'beta', path: '/status', query: {}, headers: {}, source: { file: 'api/x.md', line: 1 } }, response: { status: 200, truncated: false, headers: {}, body: { value: [{ lastSynchronizationDateTime: 'x' }] }, source: { file: 'api/x.md', line: 9 } } }],
    });
    expect(missOf(model({ resources: [status(), derived], operations: [example] }), '# s\n\nThe errorCount is shown elsewhere.\n')).toEqual([
      'errorCount:documented-on-derived-type-page',
      'lastSynchronizationDateTime:only-in-examples',
    ]);
    const paths = op('GET', '/education/synchronizationProfiles/{id}/profileStatus/errorCount', { id: 'educationsynchronizationprofilestatus-list-errorcount' });
    expect(missOf(model({ resources: [status()], operations: [paths] }), '# s\n\nThe lastSynchronizationDateTime is shown elsewhere.\n')).toEqual([
      'errorCount:only-in-api-paths',
      'lastSynchronizationDateTime:mentioned-on-page-only',
    ]);
  });

  // chatmessagepolicyviolation.md types `dlpAction` as `chatMessagePolicyViolationDlpActionType`; the metadata's enum is `…Types`.
  it('reads the members of the enum the documented property is typed with when the docs name the enum differently', () => {
    const m = model({
      resources: [resource('educationSynchronizationProfileStatus', [prop('status', 'educationSynchronizationState')])],
      enums: [enumOf('educationSynchronizationState', ['paused', 'inProgress', 'success', 'error', 'validationError', 'quarantined', 'unknownFutureValue'])],
    });
    expect(fidelity(m, csdl).enumMembers).toEqual({ total: 7, found: 7, recall: 1, caseOnly: 0 });
  });

  // participantinfo.md and invitationparticipantinfo.md type `endpointType` as String and list different members.
  it('counts an enum listed only in "Possible values" by the union of every page\'s list, whichever page comes first', () => {
    for (const resources of [[invitation(), participant()], [participant(), invitation()]]) {
      const report = fidelity(model({ resources }), endpointCsdl);
      expect(report.enumMembers).toEqual({ total: 4, found: 3, recall: 3 / 4, caseOnly: 0 });
      expect(report.misses).toEqual([{ name: 'endpointType.unknownFutureValue', cause: 'enum-member-not-documented' }]);
    }
  });
});

describe('case-only differences: found, and reported', () => {
  const cased = () =>
    model({
      resources: [resource('educationSynchronizationProfileStatus', [prop('Status', 'educationSynchronizationStatus', { possibleValues: ['Paused', ...statusMembers.slice(1), 'unknownFutureValue'] }), prop('lastSynchronizationDateTime', 'Edm.DateTimeOffset'), prop('ErrorCount', 'Edm.Int64')])],
    });

  it('fidelity counts a name the docs spell with other case as found, and lists it', () => {
    const report = fidelity(cased(), csdl);
    expect(report.properties).toMatchObject({ total: 3, found: 3, caseOnly: 2 });
    expect(report.enumMembers).toMatchObject({ total: 7, found: 7, caseOnly: 1 });
    expect(report.caseDifferences).toEqual([
      { name: 'educationSynchronizationProfileStatus.errorCount', docs: 'ErrorCount' },
      { name: 'educationSynchronizationProfileStatus.status', docs: 'Status' },
      { name: 'educationSynchronizationStatus.paused', docs: 'Paused' },
    ]);
  });

  it('the cross-check names each one once, instead of a missing and an extra name', () => {
    const result = crossCheck(cased(), csdl);
    expect(result.differences.filter((d) => d.type === 'educationSynchronizationProfileStatus' || d.type === 'educationSynchronizationStatus').map((d) => `${d.kind} ${d.member}`)).toEqual([
      'property-case-differs status',
      'property-case-differs errorCount',
      'enum-member-case-differs paused',
    ]);
  });

  it('an enum of a property known only from example values is not counted as documented', () => {
    const m = model({ resources: [resource('educationSynchronizationProfileStatus', [prop('status', 'Edm.String', { origin: 'example' })])] });
    expect(fidelity(m, csdl).enumMembers).toMatchObject({ total: 0 });
    expect(crossCheck(m, csdl).differences.filter((d) => d.kind === 'property-type-differs')).toEqual([]);
  });
});
