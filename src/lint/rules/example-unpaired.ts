import type { CodeBlock, DocPage } from '../../docs/types.js';
import { ptr } from '../pointer.js';
import type { LintFinding, LintRule } from '../types.js';
import { finding } from './util/finding.js';

const REQUEST_LINE = /^(GET|POST|PUT|PATCH|DELETE)\s+https?:\/\//i;
const STATUS_LINE = /^HTTP\/\d(\.\d)?\s+\d{3}/i;

/** Every example request needs the response it produces, and every example response a request. */
export const exampleUnpaired: LintRule = {
  id: 'example-unpaired',
  severity: 'warning',
  origin: 'lint',
  description: 'An example request has no example response after it, or a response has no request before it: no contract can be derived from half an example.',
  run: ({ pages }) => pages.filter((p) => p.kind === 'api').flatMap(check),
};

function check(page: DocPage): LintFinding[] {
  const out: LintFinding[] = [];
  let pending: { block: CodeBlock; n: number } | undefined;
  let requests = 0;
  let responses = 0;
  const unanswered = (p: { block: CodeBlock; n: number }): LintFinding =>
    finding(exampleUnpaired, page.file, p.block.line, 'example request has no example response', ptr('examples', exampleName(p.block, p.n), 'response'));
  for (const block of page.blocks) {
    const role = roleOf(block);
    if (role === 'request') {
      if (pending) out.push(unanswered(pending));
      pending = { block, n: requests++ };
    } else if (role === 'response') {
      responses++;
      if (pending) pending = undefined;
      else out.push(finding(exampleUnpaired, page.file, block.line, 'example response has no example request before it', ptr('examples', `response-${responses}`, 'request')));
    }
  }
  if (pending) out.push(unanswered(pending));
  return out;
}

/** A fence is a request or response by its annotation, else by its first line (unannotated pages). */
function roleOf(block: CodeBlock): 'request' | 'response' | undefined {
  const type = block.annotation?.value?.['blockType'];
  if (type === 'request' || type === 'response') return type;
  const first = block.text.trimStart().split('\n', 1)[0] ?? '';
  if (REQUEST_LINE.test(first)) return 'request';
  if (STATUS_LINE.test(first)) return 'response';
  return undefined;
}

function exampleName(block: CodeBlock, n: number): string {
  const name = block.annotation?.value?.['name'];
  return typeof name === 'string' && name !== '' ? name : `request-${n + 1}`;
}
