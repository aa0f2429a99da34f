export { deriveSchemas, type DerivedSchemas } from './derive.js';
export { createSchemaValidator, compileAll } from './validator.js';
export { indexTypes, simpleTypeName, type NamedType, type TypeIndex } from './typeIndex.js';
export { schemaFile, GENERATED_NOTICE, NAVIGATION_KEYWORD, PROSE_ENUM_KEYWORD, SCHEMA_DIALECT } from './names.js';
export { primitiveSchema, samplePrimitive, isEdmName } from './typeMap.js';
export { baseChain, declaredNames } from './resourceSchema.js';
export type { JsonSchema, SchemaIssue, SchemaSet, SchemaValidator } from './types.js';
