// Words and lines that the reference's pages repeat, page after page: its page and table templates,
// its front matter, its fence info words. Each page keeps one shared constant for such a word where
// it would keep a copy per occurrence; over the 7,948 pages that is some 260,000 strings fewer for
// every young-generation GC to copy (see bench/build.ts). Any other text is read as it is: a word
// missing here costs a string, never a wrong result.

/**
 * A set of words, each found by a range of the page text that spells it: looked up by length, then
 * compared in place, so that a miss costs no string either.
 */
export class Vocabulary {
  private readonly byLength: string[][] = [];

  constructor(readonly words: readonly string[]) {
    for (const word of words) (this.byLength[word.length] ??= []).push(word);
  }

  /** The word `text[from, to)` spells, if any. */
  spelled(text: string, from: number, to: number): string | undefined {
    const candidates = this.byLength[to - from];
    if (candidates) for (const word of candidates) if (text.startsWith(word, from)) return word;
    return undefined;
  }
}

/** The headings of the page templates (four headings in five). */
export const TEMPLATE_HEADINGS = new Vocabulary([
  'Response', 'Request', 'Request headers', 'Request body', 'Example', 'Examples', 'HTTP request', 'HTTP Request', 'Prerequisites',
  'Properties', 'Permissions', 'Relationships', 'Optional query parameters', 'JSON representation', 'JSON Representation', 'Methods',
]);

/**
 * Cells of the table templates (permissions, request headers, property and parameter tables) and
 * the primitive types of property tables: some two cells in five.
 */
export const TEMPLATE_CELLS = new Vocabulary([
  'Permission type', 'Permissions (from least to most privileged)', 'Delegated (work or school account)',
  'Delegated (personal Microsoft account)', 'Application', 'Not supported.', 'Not supported',
  'Least privileged permissions', 'Higher privileged permissions', 'Not available.',
  'Header', 'Value', 'Authorization', 'Bearer {token}. Required.', 'Bearer &lt;token&gt; Required.', 'Accept', 'Content-Type',
  'application/json', 'application/json. Required.',
  'Property', 'Type', 'Description', 'Name', 'Parameter', 'Method', 'Return Type', 'Relationship', 'Member', 'Required', 'None',
  'String', 'string', 'String collection', 'Boolean', 'Int32', 'Int64', 'Double', 'Guid', 'Binary', 'DateTimeOffset', 'Date',
]);

/**
 * Prose lines of the page templates (nearly half of all prose lines): the phrasing of the 2021
 * templates and of today's. A line not listed is sliced as usual: this list only saves memory.
 */
export const TEMPLATE_LINES = new Vocabulary([
  '[!INCLUDE [sdk-documentation](../includes/snippets/snippets-sdk-documentation-link.md)]',
  '[!INCLUDE [beta-disclaimer](../../includes/beta-disclaimer.md)]',
  'Namespace: microsoft.graph',
  'One of the following permissions is required to call this API. To learn more, including how to choose permissions, see [Permissions](/graph/permissions-reference).',
  '> **Important:** Microsoft Graph APIs under the /beta version are subject to change; production use is not supported.',
  '> **Note:** The Microsoft Graph API for Intune requires an [active Intune license](https://go.microsoft.com/fwlink/?linkid=839381) for the tenant.',
  'Do not supply a request body for this method.',
  'Here is an example of the request.',
  'The following is an example of the request.',
  'Here is an example of the response. Note: The response object shown here may be truncated for brevity. All of the properties will be returned from an actual call.',
  'The following is an example of the response.',
  'Here is a JSON representation of the resource.',
  'The following is a JSON representation of the resource.',
  'This method supports the [OData Query Parameters](/graph/query-parameters) to help customize the response.',
  'If successful, this method returns a `204 No Content` response code.',
  'The following example shows the request.',
  'The following example shows the response.',
  "Don't supply a request body for this method.",
]);

/** The names and paths of the two includes of the page templates. */
export const TEMPLATE_INCLUDES = new Vocabulary([
  'sdk-documentation', '../includes/snippets/snippets-sdk-documentation-link.md', 'beta-disclaimer', '../../includes/beta-disclaimer.md',
]);

/** The front matter keys every page writes. */
export const FRONT_MATTER_KEYS = new Vocabulary(['title', 'description', 'author', 'localization_priority', 'ms.prod', 'doc_type']);

/** The values of `doc_type` and `localization_priority`. */
export const FRONT_MATTER_VALUES = new Vocabulary(['apiPageType', 'resourcePageType', 'enumPageType', 'conceptualPageType', 'Normal', 'Priority']);

/** The info words of nearly all fences, already lower-case. */
export const FENCE_LANGS = new Vocabulary(['http', 'json', 'msgraph-interactive']);
