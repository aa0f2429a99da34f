import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ConfigError } from '../../../errors.js';
import { getProfileStatus } from '../../__tests__/__fixtures__/contracts.js';
import { runCheck } from '../../runCheck.js';
import type { Check } from '../../types.js';
import { checks, checksFor, selectChecks } from '../index.js';

describe('check registry', () => {
  test('every check file is registered under its file name, ids are unique kebab-case', () => {
    const files = readdirSync(new URL('..', import.meta.url)).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3));
    expect(checks.map((c) => c.id).sort()).toEqual(files.sort());
    for (const c of checks) expect(c.id).toMatch(/^[a-z]+(-[a-z]+)+$/);
  });

  test('enable/disable by id; live-only checks drop out on the mock', () => {
    expect(selectChecks({ enable: ['status-code-documented', 'error-envelope'] }).map((c) => c.id)).toEqual(['status-code-documented', 'error-envelope']);
    expect(selectChecks({ disable: ['error-envelope'] }).map((c) => c.id)).not.toContain('error-envelope');
    expect(selectChecks({}, 'mock').map((c) => c.id)).not.toContain('request-id-present');
    expect(selectChecks({}, 'live').map((c) => c.id)).toContain('request-id-present');
  });

  test('request-denied is chosen by --expect-denied, never by id, and replaces the other checks of a denied request', () => {
    expect(selectChecks({}, 'live').map((c) => c.id)).not.toContain('request-denied');
    const selected = selectChecks({ expectDenied: true }, 'live');
    expect(selected.map((c) => c.id)).toContain('request-denied');
    expect(selectChecks({ expectDenied: true }, 'mock').map((c) => c.id)).not.toContain('request-denied');
    expect(checksFor(getProfileStatus, selected, true).map((c) => c.id)).toEqual(['request-denied']);
    expect(checksFor(getProfileStatus, selected, false).map((c) => c.id)).not.toContain('request-denied');
    for (const selection of [{ enable: ['request-denied'] }, { disable: ['request-denied'] }]) {
      expect(() => selectChecks(selection)).toThrow(/request-denied is not chosen by id: with --expect-denied it is the one check of each request the sign-in may not make/);
    }
  });

  test('an unknown id is a configuration error naming it', () => {
    expect(() => selectChecks({ disable: ['status-code'] })).toThrow(ConfigError);
    expect(() => selectChecks({ disable: ['status-code'] })).toThrow(/unknown check id status-code/);
  });

  test('a throwing check is wrapped in an error naming it, with the cause', () => {
    const boom = new TypeError('boom');
    const broken: Check = { id: 'broken-check', title: 'broken', severity: 'error', run: () => { throw boom; } };
    const response = { status: 200, headers: {}, text: '', elapsedMs: 0 };
    const ctx = { contract: getProfileStatus, request: { method: 'GET', url: '/', headers: {} }, response, validate: () => [], target: 'mock' as const, preferUnknownEnumMembers: false, schemas: {}, peers: [] };
    const error = (() => { try { runCheck(broken, ctx); } catch (e) { return e as Error; } })();
    expect(error).toMatchObject({ code: 'CHECK_CRASHED', check: 'broken-check', message: 'check broken-check threw: boom', cause: boom });
  });
});
