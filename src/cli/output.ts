import { redact } from '../redact/index.js';

/**
 * The lines the live commands print, each through the one redaction as it is printed: a line
 * built from a tenant's answer or a runner error may hold a secret the registry knows.
 */
export const output = {
  out: (line: string): void => console.log(redact(line)),
  err: (line: string): void => console.error(redact(line)),
};
