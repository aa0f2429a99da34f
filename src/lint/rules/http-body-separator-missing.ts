import type { CodeBlock, DocPage } from '../../docs/types.js';
import type { LintFinding, LintRule } from '../types.js';
import { findingPointer } from '../pointer.js';
import { finding } from './util/finding.js';

const START = /^(?:(GET|POST|PUT|PATCH|DELETE)\s+\S|HTTP\/\d(?:\.\d)?\s+\d{3})/i;
const HEADER = /^[A-Za-z][\w-]*\s*:/;

/** An HTTP example whose body follows the headers without the blank line HTTP requires (RFC 9112 §2.1). */
export const httpBodySeparatorMissing: LintRule = {
  id: 'http-body-separator-missing',
  severity: 'warning',
  origin: 'lint',
  description: 'An HTTP example has no blank line between its headers and its body, so it is not a valid HTTP message and strict readers take the body for headers.',
  run: ({ pages }) => pages.filter((p) => p.kind === 'api').flatMap((p) => p.blocks.flatMap((b) => check(p, b))),
};

function check(page: DocPage, block: CodeBlock): LintFinding[] {
  const lines = block.text.split('\n');
  if (!START.test(lines[0]?.trim() ?? '')) return [];
  const body = lines.findIndex((l, i) => i > 0 && /^\s*[{[]/.test(l));
  if (body <= 0 || !HEADER.test(lines[body - 1]!.trim()) || body === 1) return [];
  const line = block.line + 1 + body;
  return [finding(httpBodySeparatorMissing, page.file, line, `the body starts right after the header "${lines[body - 1]!.trim()}" with no blank line`, findingPointer(page, line))];
}
