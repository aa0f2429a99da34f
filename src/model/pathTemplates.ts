import type { CodeBlock, DocDiagnostic } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import { requestLine } from './httpMessage.js';
import type { HttpMethod, PathTemplate } from './types.js';
import { fitted } from '../util/fitted.js';

const HOST_AND_VERSION = /^https?:\/\/[^/]+\/(?:beta|v1\.0)/i;
const MARKDOWN = /\*\*|`|<|>/;
const SPACE = /\s/;
const QUOTED_OR_PARAM = /\{[^{}]*\}|'[^']*'/g;

/**
 * `{id | userPrincipalName}` → `id`; parameter names of a path template in order: what
 * `/\{([^{}]+)\}/g` finds, each up to its first `|`, trimmed. Scanned by index: this runs for every
 * template and example path, and match arrays for each `{…}` were a good part of the model's garbage.
 */
export function templateParams(template: string): string[] {
  const params: string[] = [];
  for (let open = template.indexOf('{'); open >= 0; ) {
    let close = open + 1;
    while (close < template.length && template[close] !== '{' && template[close] !== '}') close++;
    if (template[close] !== '}' || close === open + 1) {
      open = template.indexOf('{', open + 1);
      continue;
    }
    const bar = template.indexOf('|', open);
    const name = template.slice(open + 1, bar >= 0 && bar < close ? bar : close).trim();
    if (name !== '') params.push(name);
    open = template.indexOf('{', close + 1);
  }
  return fitted(params);
}

/**
 * Why a path (after host and version) is no request path, or undefined when it is one: it must
 * start with `/` and hold no markdown, angle-bracket placeholders or spaces outside `{param}` and
 * quoted function arguments. Generated pages show `** Entity URI for microsoft.management.… not
 * found` where the path belongs; others lose the leading `/` or escape a query into the path.
 */
export function pathProblem(path: string): string | undefined {
  if (!path.startsWith('/')) return 'it does not start with `/`';
  if (MARKDOWN.test(path)) return 'it holds markdown or placeholder text';
  // Most paths hold no space at all: only those are cut down to what lies outside params and quotes.
  if (SPACE.test(path) && SPACE.test(path.replace(QUOTED_OR_PARAM, ''))) return 'it holds spaces';
  return undefined;
}

/**
 * Path templates of the "HTTP request" section's fences: every `METHOD /path` line. A line whose
 * path is no request path (see `pathProblem`) is left out with an `http-request-path-unusable`
 * warning; its method still counts. `methods` lists each method named, in order; `method` is the first.
 */
export function parsePathTemplates(blocks: CodeBlock[], file: string): { method?: HttpMethod; methods: HttpMethod[]; paths: PathTemplate[]; diagnostics: DocDiagnostic[] } {
  const paths: PathTemplate[] = [];
  const diagnostics: DocDiagnostic[] = [];
  const methods: HttpMethod[] = [];
  for (const block of blocks) {
    const text = block.text;
    // Line by line by index, without an array of the block's lines.
    for (let at = 0, i = 0; ; i++) {
      const end = text.indexOf('\n', at);
      const start = requestLine(end < 0 ? text.slice(at) : text.slice(at, end));
      if (start) {
        if (!methods.includes(start.method)) methods.push(start.method);
        const template = start.url.replace(HOST_AND_VERSION, '');
        const source = { file, line: block.line + 1 + i };
        const query = template.indexOf('?');
        const problem = pathProblem(query < 0 ? template : template.slice(0, query));
        if (problem) diagnostics.push(diagnostic('http-request-path-unusable', 'warning', `\`${start.method} ${template.slice(0, 120)}\` is no request path (${problem}); it is left out.`, source));
        else paths.push({ template, params: templateParams(template), source });
      }
      if (end < 0) break;
      at = end + 1;
    }
  }
  return { method: methods[0], methods, paths, diagnostics };
}
