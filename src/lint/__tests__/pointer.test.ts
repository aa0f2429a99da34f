import { describe, expect, it } from 'vitest';
import { parseDoc } from '../../docs/index.js';
import { md } from '../__helpers__/testRule.js';
import { findingPointer, ptr, sectionPointer } from '../pointer.js';

const page = parseDoc({
  file: 'api/a.md',
  text: md(
    '# Create thing', //                                   1
    '## Permissions', //                                    2
    '|Permission type|Permissions|', //                     3
    '|:--|:--|', //                                         4
    '|**Application**|TODO|', //                            5
    '## Examples', //                                       6
    '### Request', //                                       7
    '<!-- { "blockType": "request", "name": "create_thing" } -->', // 8
    '```http', //                                           9
    'POST https://graph.microsoft.com/beta/things', //      10
    '', //                                                  11
    '{', //                                                 12
    '  "status": "String"', //                              13
    '}', //                                                 14
    '```', //                                               15
    'Some text.', //                                        16
  ),
});

describe('pointers', () => {
  it('escapes segments as RFC 6901 says', () => {
    expect(ptr('links', '../a/b~c.md')).toBe('/links/..~1a~1b~0c.md');
  });
  it('names the heading path without the page title', () => {
    expect(sectionPointer(page, 16)).toBe('/sections/Examples/Request');
    expect(sectionPointer(page, 1)).toBe('/sections');
  });
  it('derives line-independent pointers from table rows and JSON keys in code blocks', () => {
    expect(findingPointer(page, 5)).toBe('/sections/Permissions/Application');
    expect(findingPointer(page, 13)).toBe('/sections/Examples/Request/create_thing/status');
    expect(findingPointer(page, 10)).toBe('/sections/Examples/Request/create_thing');
    expect(findingPointer(page, 16)).toBe('/sections/Examples/Request');
  });
});
