import { ptr } from '../pointer.js';
import type { LintRule } from '../types.js';
import { finding } from './util/finding.js';
import { documentedProperties, exampleKey, isControlKey, resourceIndex, typedResponses } from './util/resources.js';

/** An example response shows a property its resource page does not document. */
export const examplePropertyUndocumented: LintRule = {
  id: 'example-property-undocumented',
  severity: 'warning',
  origin: 'lint',
  description: 'An example response has a property that the resource page does not list: the schema will reject or ignore what the API returns.',
  run: ({ model }) => {
    const index = resourceIndex(model);
    return typedResponses(model, index).flatMap(({ op, example, response, resource, objects }) => {
      const known = documentedProperties(resource, index);
      return objects.flatMap(({ value, pointer }) =>
        Object.keys(value)
          // `id` comes from `entity`, which resource pages of entities rarely repeat.
          .filter((key) => !isControlKey(key) && !known.has(key) && !(key === 'id' && resource.kind === 'entity'))
          .map((key) => ({
            ...finding(examplePropertyUndocumented, op.page, response.source.line, `example response property "${key}" is not documented on the ${resource.name} resource page`, `${ptr('examples', exampleKey(op, example), 'response', 'body')}${pointer}${ptr(key)}`),
            related: [resource.source],
          })),
      );
    });
  },
};
