export { buildModel } from './build.js';
export { isPlaceholderValue } from './placeholders.js';
export { PERMISSION_TYPE_LABEL, type PermissionType } from './permissions.js';
export { parseTypeRef, primitiveName, isPrimitive } from './typeRef.js';
export { splitUrl } from './httpMessage.js';
export type * from './types.js';
