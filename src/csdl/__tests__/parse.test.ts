import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexCsdl } from '../lookup.js';
import { parseCsdl, typeRef } from '../parse.js';
import { readCsdl } from '../read.js';
import { CSDL_FILE, corpusAvailable } from '../__helpers__/corpus.js';

const fixture = new URL('./__fixtures__/small.csdl.xml', import.meta.url);
const small = parseCsdl(readFileSync(fixture, 'utf8'));

describe('parseCsdl', () => {
  it('reads entity and complex types with base type, abstract and open flags', () => {
    const status = small.types['microsoft.graph.educationSynchronizationProfileStatus'];
    expect(status).toMatchObject({ kind: 'entity', baseType: 'microsoft.graph.entity', abstract: false, openType: false });
    expect(small.types['microsoft.graph.entity']).toMatchObject({ abstract: true });
    expect(small.types['microsoft.graph.user']).toMatchObject({ openType: true, baseType: 'microsoft.graph.entity' });
    expect(small.types['microsoft.graph.identitySet']?.kind).toBe('complex');
  });

  it('reads properties with resolved aliases, collections, nullability and navigation', () => {
    expect(small.types['microsoft.graph.user']?.properties).toEqual([
      { name: 'businessPhones', type: { name: 'Edm.String', collection: true }, nullable: false, navigation: false },
      { name: 'manager', type: { name: 'microsoft.graph.directoryObject', collection: false }, nullable: true, navigation: true },
      { name: 'sessions', type: { name: 'microsoft.graph.callRecords.session', collection: true }, nullable: true, navigation: true },
    ]);
    expect(small.types['microsoft.graph.educationSynchronizationProfileStatus']?.properties[0]?.type.name).toBe(
      'microsoft.graph.educationSynchronizationStatus',
    );
  });

  it('keeps enum members in document order and sub-namespaces apart', () => {
    expect(small.enums['microsoft.graph.educationSynchronizationStatus']?.members).toEqual([
      'paused', 'inProgress', 'success', 'error', 'validationError', 'quarantined', 'unknownFutureValue',
    ]);
    expect(small.namespaces).toEqual(['microsoft.graph', 'microsoft.graph.callRecords']);
    expect(small.enums['microsoft.graph.callRecords.modality']?.members).toEqual(['audio']);
  });

  it('parses Collection(...) type strings', () => {
    expect(typeRef('Collection(Edm.Guid)')).toEqual({ name: 'Edm.Guid', collection: true });
  });

  it('rejects XML that is not CSDL', () => {
    expect(() => parseCsdl('<root><a/></root>')).toThrow(/not a CSDL document/);
  });
});

describe('indexCsdl', () => {
  const index = indexCsdl(small);
  it('finds types by simple name case-insensitively, preferring microsoft.graph', () => {
    expect(index.type('EducationSynchronizationProfileStatus')?.qualifiedName).toBe('microsoft.graph.educationSynchronizationProfileStatus');
    expect(index.type('identityset')?.namespace).toBe('microsoft.graph');
    expect(index.type('session')?.qualifiedName).toBe('microsoft.graph.callRecords.session');
  });
  it('lists inherited properties first', () => {
    const status = index.type('educationSynchronizationProfileStatus')!;
    expect(index.allProperties(status).map((p) => p.name)).toEqual(['id', 'status', 'lastSynchronizationDateTime', 'errorCount']);
  });
});

describe('readCsdl', () => {
  it('names the file when it cannot be read', async () => {
    await expect(readCsdl('/nonexistent/metadata.xml')).rejects.toThrow(/\/nonexistent\/metadata.xml/);
  });

  describe.runIf(corpusAvailable(CSDL_FILE))('shared beta CSDL', () => {
    it('reads every namespace, entity, complex and enum type', async () => {
      const model = await readCsdl(CSDL_FILE);
      expect(model.namespaces).toContain('microsoft.graph.callRecords');
      expect(Object.values(model.types).filter((t) => t.kind === 'entity').length).toBe(1309);
      const status = model.enums['microsoft.graph.educationSynchronizationStatus'];
      expect(status?.members).toContain('unknownFutureValue');
      expect(model.types['microsoft.graph.user']?.properties.some((p) => p.name === 'manager' && p.navigation)).toBe(true);
    });
  });
});
