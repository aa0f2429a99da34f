import type { SchemaSet } from '../../../schemas/types.js';

/** Schemas shaped like the ones the build derives from the seed resource page. */
export const seedSchemas: SchemaSet = {
  'educationSynchronizationProfileStatus.schema.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'educationSynchronizationProfileStatus.schema.json',
    type: 'object',
    properties: {
      id: { type: 'string' },
      status: { $ref: 'educationSynchronizationStatus.schema.json' },
      lastSynchronizationDateTime: { type: ['string', 'null'], format: 'date-time' },
      errorCount: { type: ['integer', 'null'] },
    },
  },
  'educationSynchronizationStatus.schema.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'educationSynchronizationStatus.schema.json',
    type: 'string',
    enum: ['paused', 'inProgress', 'success', 'error', 'validationError', 'quarantined', 'unknownFutureValue'],
  },
};
