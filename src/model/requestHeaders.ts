import type { Table } from '../docs/types.js';
import { plainText } from './markdown.js';
import type { Operation } from './types.js';

/** The Request headers table (`Name | Description` or `Name | Type | Description`) → headers. */
export function parseRequestHeaders(table: Table, file: string): Operation['requestHeaders'] {
  const header = table.header.map((h) => plainText(h).toLowerCase());
  const description = Math.max(header.findIndex((h) => h.startsWith('description') || h === 'value'), 1);
  return table.rows.flatMap((row) => {
    const name = plainText(row.cells[0] ?? '');
    if (!/^[A-Za-z][\w-]*$/.test(name)) return [];
    const text = plainText(row.cells[description] ?? '');
    return [{ name, description: text, required: /\brequired\b/i.test(text) && !/\bnot required\b/i.test(text), source: { file, line: row.line } }];
  });
}
