export { openTarget } from './open.js';
export { connectTarget } from './connect.js';
export { httpTarget } from './http.js';
export { readFixtures, paramEnvName, type Fixtures } from './fixtures.js';
export type { LiveRunFlags, LiveTargetDescription, OpenedTarget, OpenTarget, TargetDescription, TargetOptions } from './types.js';
