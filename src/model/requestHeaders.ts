import type { Table } from '../docs/types.js';
import { plainText } from './markdown.js';
import type { Operation } from './types.js';

const HEADER_NAME = /^[A-Za-z][\w-]*$/;
const REQUIRED = /\brequired\b/i;
const NOT_REQUIRED = /\bnot required\b/i;

/** The Request headers table (`Name | Description` or `Name | Type | Description`) → headers. */
export function parseRequestHeaders(table: Table, file: string): Operation['requestHeaders'] {
  let description = -1;
  for (let i = 0; i < table.header.length && description < 0; i++) {
    const h = plainText(table.header[i]!).toLowerCase();
    if (h.startsWith('description') || h === 'value') description = i;
  }
  description = Math.max(description, 1);
  const headers: Operation['requestHeaders'] = [];
  for (const row of table.rows) {
    const name = plainText(row.cells[0] ?? '');
    if (!HEADER_NAME.test(name)) continue;
    const text = plainText(row.cells[description] ?? '');
    headers.push({ name, description: text, required: REQUIRED.test(text) && !NOT_REQUIRED.test(text), source: { file, line: row.line } });
  }
  return headers;
}
