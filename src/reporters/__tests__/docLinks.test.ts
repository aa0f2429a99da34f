import { describe, expect, test } from 'vitest';
import { docHref, docLinksFor, learnUrl } from '../docLinks.js';

describe('doc links', () => {
  test.for([
    { file: 'api/user-get.md', version: 'v1.0' as const, url: 'https://learn.microsoft.com/en-us/graph/api/user-get?view=graph-rest-1.0' },
    { file: 'api/user-get.md', version: 'beta' as const, url: 'https://learn.microsoft.com/en-us/graph/api/user-get?view=graph-rest-beta' },
    { file: 'resources/user.md', version: 'beta' as const, url: 'https://learn.microsoft.com/en-us/graph/api/resources/user?view=graph-rest-beta' },
    { file: 'v1.0/api/user-delete.md', version: 'beta' as const, url: 'https://learn.microsoft.com/en-us/graph/api/user-delete?view=graph-rest-1.0' },
    { file: 'beta/resources/user.md', version: 'v1.0' as const, url: 'https://learn.microsoft.com/en-us/graph/api/resources/user?view=graph-rest-beta' },
    { file: 'includes/permissions/user-get-permissions.md', version: 'beta' as const, url: undefined },
    { file: 'notes.txt', version: 'beta' as const, url: undefined },
  ])('the published page of $file ($version)', ({ file, version, url }) => {
    expect(learnUrl(file, version)).toBe(url);
  });

  test('a --docs-url base takes the line; a folder gives the file by absolute path; nothing gives no link', () => {
    expect(docHref({ kind: 'url', base: 'https://github.test/docs/blob/main/' }, 'api/x.md', 12)).toBe('https://github.test/docs/blob/main/api/x.md#L12');
    expect(docHref({ kind: 'folder', path: '/srv/docs' }, 'api/x y.md', 12)).toBe('file:///srv/docs/api/x%20y.md');
    expect(docHref({ kind: 'learn', version: 'v1.0' }, 'api/x.md', 12)).toBe('https://learn.microsoft.com/en-us/graph/api/x?view=graph-rest-1.0');
    expect(docHref(undefined, 'api/x.md', 12)).toBeUndefined();
  });

  test('docLinksFor: docs in the repository layout link to their published pages, a --docs-url base first', () => {
    expect(docLinksFor({ versions: ['v1.0'], folder: import.meta.dirname })).toEqual({ kind: 'learn', version: 'v1.0' });
    expect(docLinksFor({ versions: ['beta', 'v1.0'] })).toEqual({ kind: 'learn' });
    expect(docLinksFor({ docsUrl: 'https://x.test/', versions: ['beta'] })).toEqual({ kind: 'url', base: 'https://x.test/' });
  });

  test('docLinksFor: the base wins; a folder only when it is one here', () => {
    expect(docLinksFor({ docsUrl: 'https://x.test/', folder: import.meta.dirname })).toEqual({ kind: 'url', base: 'https://x.test/' });
    expect(docLinksFor({ folder: import.meta.dirname })).toEqual({ kind: 'folder', path: import.meta.dirname });
    expect(docLinksFor({ folder: `${import.meta.dirname}/docLinks.test.ts` })).toBeUndefined();
    expect(docLinksFor({ folder: '/no/such/docs' })).toBeUndefined();
  });
});
