import { formatHtml } from './html/index.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import type { Formatter } from './types.js';

/**
 * The report files, in the order they are written: results.json first, because every other
 * report can be re-rendered from it (`graph-contracts report`) if a later one cannot be written.
 */
export const REPORT_FILES: readonly { file: string; format: Formatter }[] = [
  { file: 'results.json', format: formatJson },
  { file: 'junit.xml', format: formatJunit },
  { file: 'index.html', format: formatHtml },
];
