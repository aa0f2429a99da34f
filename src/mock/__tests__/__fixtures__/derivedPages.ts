// Doc pages shaped like the generated Intune pages of a base type and its derived types that
// share one collection route (groupPolicyPresentationValue and its Boolean/Text variants): the
// base GET example wraps the entity as `{"value": {...}}`, each derived type has its own list
// and create page on the same path and an update page on one entity path, and each derived type has a `value` property of its own type.
import type { DocFile } from '../../../docs/types.js';

const NS = 'microsoft.graph';
export const BASE = 'groupPolicyPresentationValue';
export const COLLECTION = '/deviceManagement/groupPolicyConfigurations/{groupPolicyConfigurationId}/definitionValues/{groupPolicyDefinitionValueId}/presentationValues';
const ENTITY = `${COLLECTION}/{groupPolicyPresentationValueId}`;

/** Derived types and the JSON value of their `value` property. */
export const DERIVED = { groupPolicyPresentationValueBoolean: ['Boolean', true], groupPolicyPresentationValueText: ['String', 'Text value'] } as const;

const front = (title: string, type: string) => `---\ntitle: "${title}"\ndescription: "${title}."\ndoc_type: ${type}\n---\n\n# ${title}\n\nNamespace: ${NS}\n\n`;
const link = (type: string) => `[${type}](../resources/intune-grouppolicy-${type.toLowerCase()}.md)`;
const fence = (lang: string, text: string) => `\`\`\` ${lang}\n${text}\n\`\`\`\n`;

function resource(type: string, base?: string, value?: [string, unknown]): DocFile {
  const body = { '@odata.type': `#${NS}.${type}`, lastModifiedDateTime: 'String (timestamp)', createdDateTime: 'String (timestamp)', id: 'String (identifier)', ...(value ? { value: value[1] } : {}) };
  const text = `${front(`${type} resource type`, 'resourcePageType')}${base ? `Inherits from ${link(base)}\n\n` : ''}## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|lastModifiedDateTime|DateTimeOffset|Last modified.|\n|createdDateTime|DateTimeOffset|Created.|\n|id|String|Key of the entity.|\n${value ? `|value|${value[0]}|The value.|\n` : ''}\n## JSON Representation\n<!-- {\n  "blockType": "resource",\n  "keyProperty": "id",\n  "@odata.type": "${NS}.${type}"\n}\n-->\n${fence('json', JSON.stringify(body, null, 2))}`;
  return { file: `resources/intune-grouppolicy-${type.toLowerCase()}.md`, text };
}

function api(name: string, title: string, method: string, path: string, responseText: string, returns: string, requestBody?: unknown): DocFile {
  const url = path.replace(/^/, 'https://graph.microsoft.com/beta');
  const request = `${method} ${url}${requestBody ? `\nContent-type: application/json\n\n${JSON.stringify(requestBody, null, 2)}` : ''}`;
  const text = `${front(title, 'apiPageType')}## HTTP Request\n<!-- {\n  "blockType": "ignored"\n}\n-->\n${fence('http', `${method} ${path}`)}\n## Response\nIf successful, this method returns ${returns} in the response body.\n\n## Example\n\n### Request\n${fence('http', request)}\n### Response\n${fence('http', responseText)}`;
  return { file: `api/intune-grouppolicy-${name}.md`, text };
}

const http = (status: string, body: unknown) => `HTTP/1.1 ${status}\nContent-Type: application/json\n\n${JSON.stringify(body, null, 2)}`;
const stamp = { lastModifiedDateTime: '2017-01-01T00:00:35.1329464-08:00', createdDateTime: '2017-01-01T00:02:43.5775965-08:00' };

/** Resource and API pages of the base type and its derived types (list, create, update when asked; base get too). */
export function derivedPages(updates = false): DocFile[] {
  const base = { '@odata.type': `#${NS}.${BASE}`, ...stamp, id: '8132eaab-eaab-8132-abea-3281abea3281' };
  const files = [
    resource(BASE),
    api(`${BASE.toLowerCase()}-get`, `Get ${BASE}`, 'GET', ENTITY, http('200 OK', { value: base }), `a \`200 OK\` response code and ${link(BASE)} object`),
    api(`${BASE.toLowerCase()}-create`, `Create ${BASE}`, 'POST', COLLECTION, http('201 Created', base), `a \`201 Created\` response code and a ${link(BASE)} object`, { '@odata.type': `#${NS}.${BASE}` }),
    api(`${BASE.toLowerCase()}-list`, `List ${BASE}s`, 'GET', COLLECTION, http('200 OK', { value: [base] }), `a \`200 OK\` response code and a collection of ${link(BASE)} objects`),
  ];
  for (const [type, [edm, value]] of Object.entries(DERIVED)) {
    const item = { '@odata.type': `#${NS}.${type}`, ...stamp, id: 'be61344f-344f-be61-4f34-61be4f3461be', value };
    files.push(
      resource(type, BASE, [edm, value]),
      api(`${type.toLowerCase()}-list`, `List ${type}s`, 'GET', COLLECTION, http('200 OK', { value: [item] }), `a \`200 OK\` response code and a collection of ${link(type)} objects`),
      api(`${type.toLowerCase()}-create`, `Create ${type}`, 'POST', COLLECTION, http('201 Created', item), `a \`201 Created\` response code and a ${link(type)} object`, { '@odata.type': `#${NS}.${type}`, value }),
      ...(updates ? [api(`${type.toLowerCase()}-update`, `Update ${type}`, 'PATCH', ENTITY, http('200 OK', item), `a \`200 OK\` response code and an updated ${link(type)} object`, { '@odata.type': `#${NS}.${type}`, value })] : []),
    );
  }
  return files;
}
