import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `file://` URL (ending in `/`) of the docs folder a run names, when it is a folder on this
 * machine, so doc links in the HTML report open the page; '' otherwise (a tarball or a label).
 */
export function localDocsUrl(docs: string): string {
  try {
    return statSync(docs).isDirectory() ? `${pathToFileURL(resolve(docs)).href}/` : '';
  } catch {
    return '';
  }
}
