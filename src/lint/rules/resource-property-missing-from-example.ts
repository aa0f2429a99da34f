import { ptr } from '../pointer.js';
import type { LintRule } from '../types.js';
import { finding } from './util/finding.js';
import { documentedProperties, exampleKey, resourceIndex, typedResponses } from './util/resources.js';

/** A complete (not truncated) example response leaves out a property its resource page documents. */
export const resourcePropertyMissingFromExample: LintRule = {
  id: 'resource-property-missing-from-example',
  severity: 'info',
  origin: 'lint',
  description: 'A full (not `truncated`) example response lacks a property the resource page documents: either the example is shortened without saying so or the page lists a property the API does not return.',
  run: ({ model }) => {
    const index = resourceIndex(model);
    return typedResponses(model, index)
      .filter((t) => !t.response.truncated)
      .flatMap(({ op, example, response, resource, objects }) => {
        const expected = [...documentedProperties(resource, index).values()].filter((p) => !p.navigation);
        return objects.flatMap(({ value, pointer }) => {
          const missing = expected.filter((p) => !(p.name in value)).map((p) => p.name);
          if (missing.length === 0) return [];
          const message = `example response (not marked truncated) lacks ${missing.join(', ')} documented on the ${resource.name} resource page`;
          return [{ ...finding(resourcePropertyMissingFromExample, op.page, response.source.line, message, `${ptr('examples', exampleKey(op, example), 'response', 'body')}${pointer}`), related: [resource.source] }];
        });
      });
  },
};
