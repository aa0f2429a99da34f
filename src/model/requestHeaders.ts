import type { Table } from '../docs/types.js';
import { plainText } from './markdown.js';
import type { Operation } from './types.js';

const HEADER_NAME = /^[A-Za-z][\w-]*$/;
const REQUIRED = /\brequired\b/i;
const NOT_REQUIRED = /\bnot required\b/i;

/** The Request headers table (`Name | Description` or `Name | Type | Description`) → headers. */
export function parseRequestHeaders(table: Table, file: string): Operation['requestHeaders'] {
  const header = table.header.map((h) => plainText(h).toLowerCase());
  const description = Math.max(header.findIndex((h) => h.startsWith('description') || h === 'value'), 1);
  return table.rows.flatMap((row) => {
    const name = plainText(row.cells[0] ?? '');
    if (!HEADER_NAME.test(name)) return [];
    const text = plainText(row.cells[description] ?? '');
    return [{ name, description: text, required: REQUIRED.test(text) && !NOT_REQUIRED.test(text), source: { file, line: row.line } }];
  });
}
