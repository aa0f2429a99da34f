import { describe, expect, test } from 'vitest';
import type { CaseResult } from '../../results/types.js';
import { fixtureCases, fixtureRun } from '../__fixtures__/run.js';
import { htmlData } from '../html/data.js';
import { formatHtml } from '../html/index.js';
import { MAX_BODY_CHARS } from '../utils/clipTranscript.js';

describe('htmlData', () => {
  test('groups by resource (failing first), page and request; passing cases carry four fields', () => {
    const data = htmlData(fixtureRun(), {});
    expect(data.groups.map((g) => g.resource)).toEqual(['educationSynchronizationProfile', 'event', 'user']);
    const user = data.groups[2]!.pages[0]!;
    expect(user.page).toBe('api/user-get.md');
    expect(user.requests.map((r) => [r.id, r.o])).toEqual([['user-get', 'GET /users/{id}']]);
    expect(user.requests[0]!.cases[0]).toEqual({ k: data.checks.indexOf('status-code-documented'), s: 'passed', d: 13, l: 42 });
  });

  test('one transcript per request unless a check saw another; long bodies cut', () => {
    const [, , failed] = fixtureCases();
    const twin: CaseResult = { ...failed!, id: 'user-get::x', checkId: 'x' };
    const long: CaseResult = { ...failed!, id: 'user-get::y', checkId: 'y', transcript: { ...failed!.transcript!, response: { ...failed!.transcript!.response!, body: 'x'.repeat(MAX_BODY_CHARS + 500) } } };
    const data = htmlData(fixtureRun({ cases: [failed!, twin, long] }), {});
    const request = data.groups[0]!.pages[0]!.requests[0]!;
    expect(request.t?.request.headers.authorization).toBe('[redacted]');
    expect(request.cases.map((c) => c.t === undefined)).toEqual([true, true, false]);
    expect(request.cases[2]!.t!.response!.body).toMatch(/… \(500 more characters in results\.json\)$/);
  });

  test('expected vs actual become diff lines; a missing side gives none', () => {
    const data = htmlData(fixtureRun(), {});
    const events = data.groups[1]!.pages[0]!.requests[0]!.cases[0]!;
    expect(events.v![0]!.diff).toEqual([['-', '200'], ['+', '404']]);
    const noActual = fixtureCases()[2]!;
    noActual.violations = [{ check: 'c', severity: 'error', message: 'm', expected: 1 }];
    expect(htmlData(fixtureRun({ cases: [noActual] }), {}).groups[0]!.pages[0]!.requests[0]!.cases[0]!.v![0]!.diff).toBeUndefined();
  });

  test('doc defects travel with their failed case; other cases carry none', () => {
    const data = htmlData(fixtureRun(), {});
    const cases = data.groups.flatMap((g) => g.pages.flatMap((p) => p.requests.flatMap((r) => r.cases)));
    const noted = cases.filter((c) => c.dd);
    expect(noted).toHaveLength(1);
    expect(noted[0]!.dd![0]).toEqual({ reason: expect.stringContaining('documents it as Edm.Boolean'), example: { file: 'api/user-get.md', line: 90 }, definition: { file: 'resources/user.md', line: 77 } });
    expect(noted[0]!.dd![1]).toEqual({ reason: expect.stringContaining('/status'), example: { file: 'api/user-get.md', line: 91 } });
  });

  test('the page embeds no raw "<" in its data, so a body cannot close the script element', () => {
    const html = formatHtml(fixtureRun(), {});
    const data = html.slice(html.indexOf('id="gc-data">'), html.indexOf('</script>', html.indexOf('id="gc-data">')));
    expect(data).toContain('\\u003cscript>alert(1)\\u003c/script>');
    expect(data.slice(1)).not.toContain('<');
  });
});
