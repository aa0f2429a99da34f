const F = '```';

/** What an API page fixture documents; everything but the response body has a default. */
export interface ApiPageFixture {
  /** Example response body (JSON text). */
  body: string;
  /** Path template of the HTTP request section. @default '/things/{id}' */
  path?: string;
  /** Response type the Response section links. @default none (a status only) */
  type?: string;
  collection?: boolean;
  /** Annotation name of the example request. @default 'get_thing' */
  name?: string;
}

/**
 * An API page in the reference format: front matter, HTTP request template, Response sentence,
 * and one annotated GET example (placeholders in the path filled with `1`) with its 200 response.
 * The response body starts on line 24.
 */
export function apiPage({ body, path = '/things/{id}', type, collection = false, name = 'get_thing' }: ApiPageFixture): string {
  const returns = type ? ` and ${collection ? 'a collection of ' : 'a '}[${type}](../resources/${type.toLowerCase()}.md) object${collection ? 's' : ''} in the response body` : '';
  return `---
doc_type: apiPageType
---
# Get ${type ?? 'thing'}

## HTTP request
${F}http
GET ${path}
${F}

## Response
If successful, this method returns a \`200 OK\` response code${returns}.

## Example
<!-- { "blockType": "request", "name": "${name}" } -->
${F}http
GET https://graph.microsoft.com/beta${path.replace(/\{[^}]+\}/g, '1')}
${F}
<!-- { "blockType": "response" } -->
${F}http
HTTP/1.1 200 OK
Content-type: application/json

${body}
${F}
`;
}
