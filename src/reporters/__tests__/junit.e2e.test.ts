import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { fixtureCases, fixtureRun } from '../__fixtures__/run.js';
import { requireTool } from '../__helpers__/requireTool.js';
import { formatJunit } from '../junit.js';

const XSD = resolve(import.meta.dirname, '../../../docs/junit.xsd');

interface Element {
  [key: string]: unknown;
}
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  cdataPropName: '#cdata',
  isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
});
const parse = (xml: string) => parser.parse(xml) as { testsuites: Element & { testsuite: Element[] } };

/** Runs xmllint against the repo's XSD; returns its combined output and whether it validated. */
function xmllint(ctx: { skip(note?: string): void }, xml: string): { ok: boolean; output: string } {
  const bin = requireTool(ctx, 'xmllint', 'apt-get install -y libxml2-utils');
  const dir = mkdtempSync(join(tmpdir(), 'gc-junit-'));
  try {
    const file = join(dir, 'junit.xml');
    writeFileSync(file, xml);
    try {
      return { ok: true, output: execFileSync(bin, ['--noout', '--schema', XSD, file], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (err) {
      return { ok: false, output: String((err as { stderr?: string }).stderr ?? err) };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('formatJunit', () => {
  const xml = formatJunit(fixtureRun(), {});
  const doc = parse(xml);
  const suites = doc.testsuites.testsuite;
  const cases = suites.flatMap((s) => s.testcase as Element[]);
  const byName = (classname: string, name: string) => cases.find((c) => c['@classname'] === classname && c['@name'] === name)!;

  test('counts every case on the root, one suite per documented request', () => {
    expect(doc.testsuites).toMatchObject({ '@name': 'graph-contracts', '@tests': '7', '@failures': '2', '@errors': '1', '@time': '6.543' });
    expect(suites.map((s) => s['@name'])).toEqual([
      'api/user-get.md > GET /users/{id}',
      'api/user-list-events.md > GET /me/events',
      'api/educationsynchronizationprofile-get.md > GET /education/synchronizationProfiles/{id}',
    ]);
    expect(suites.map((s) => [s['@tests'], s['@failures'], s['@errors'], s['@skipped']])).toEqual([
      ['3', '1', '0', '0'],
      ['2', '1', '0', '0'],
      ['2', '0', '1', '1'],
    ]);
    expect(cases).toHaveLength(7);
  });

  test('testcase: classname = doc page > operation, name = check id', () => {
    expect(cases.map((c) => c['@name'])).toEqual(fixtureCases().map((c) => c.checkId));
    expect(cases[0]).toMatchObject({ '@classname': 'api/user-get.md > GET /users/{id}', '@time': '0.013' });
    expect(cases[0]!.failure).toBeUndefined();
  });

  test('failures carry the readable violation text', () => {
    const failed = byName('api/user-get.md > GET /users/{id}', 'response-body-matches-schema');
    const failure = failed.failure as Element;
    expect(failure['@message']).toBe('accountEnabled must be boolean (+1 more)');
    expect(failure['@type']).toBe('response-body-matches-schema');
    const text = String(failure['#cdata']);
    expect(text).toContain('at:       /accountEnabled');
    expect(text).toContain('expected: {"type":"boolean"}');
    expect(text).toContain('actual:   yes');
    expect(text).toContain('doc:      resources/user.md:77');
    expect(text).toContain('status is not a member of enum userStatus');
    expect(text).toContain('request-id: 7f3c1a2b-0000-4000-8000-000000000001');
    expect(text).toContain('\ndoc defect: the page\'s example at api/user-get.md:90 shows /accountEnabled = "yes", but resources/user.md:77 documents it as Edm.Boolean\n');
    const out = String((failed['system-out'] as Element)['#cdata']);
    expect(out).toMatch(/^GET \/beta\/users\/1\nauthorization: \[redacted\]/);
    expect(out).toContain('HTTP 200 (80 ms)');
    expect(cases[0]!['system-out']).toBeUndefined();
  });

  test('errors are <error> with the runner error code; skips carry their reason', () => {
    const profile = 'api/educationsynchronizationprofile-get.md > GET /education/synchronizationProfiles/{id}';
    const errored = byName(profile, 'status-code-documented');
    expect(errored.failure).toBeUndefined();
    expect(errored.error).toMatchObject({ '@type': 'TENANT_UNREACHABLE', '@message': 'connect ECONNREFUSED 127.0.0.1:9' });
    expect(byName(profile, 'response-body-matches-schema').skipped).toEqual({ '@message': 'write operation: not run against a live tenant without --allow-writes' });
  });

  test('suite properties hold the doc file:line and the Graph request-id', () => {
    const props = (s: Element) => Object.fromEntries(((s.properties as Element).property as Element[]).map((p) => [p['@name'], p['@value']]));
    expect(props(suites[0]!)).toEqual({ contract: 'user-get', operation: 'GET /users/{id}', doc: 'api/user-get.md:42', 'request-id': 'req-1', 'client-request-id': 'c-1' });
    expect(props(suites[2]!)).not.toHaveProperty('request-id');
  });

  test('is valid against docs/junit.xsd (xmllint)', (ctx) => {
    const result = xmllint(ctx, xml);
    expect(result.output).not.toContain('error');
    expect(result.ok).toBe(true);
  });

  test('the XSD rejects what CI servers would not read', (ctx) => {
    expect(xmllint(ctx, xml.replace('<testsuites ', '<testsuites skipped="1" ')).ok).toBe(false);
    expect(xmllint(ctx, xml.replace('<testcase ', '<testcase file="x.md" ')).ok).toBe(false);
  });

  test('stays valid with hostile text: markup, CDATA terminators, control characters, empty run', (ctx) => {
    const [first] = fixtureCases();
    const nasty = { ...first!, id: 'x::y', contractId: 'x', state: 'failed' as const, operation: 'GET /a?b=<c>&d', violations: [{ check: 'y', severity: 'error' as const, message: 'bad ]]> \u0000\u001b "quoted" <b>', actual: '\u0007' }] };
    const hostile = formatJunit(fixtureRun({ cases: [nasty] }), {});
    const failure = parse(hostile).testsuites.testsuite[0]!.testcase as Element[];
    expect(String((failure[0]!.failure as Element)['@message'])).toContain('bad ]]>');
    expect(xmllint(ctx, hostile).ok).toBe(true);
    const empty = formatJunit(fixtureRun({ cases: [], complete: false }), {});
    expect(parse(empty).testsuites).toMatchObject({ '@name': 'graph-contracts (interrupted)', '@tests': '0' });
    expect(xmllint(ctx, empty).ok).toBe(true);
  });
});
