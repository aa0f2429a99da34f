import type { CodeBlock } from '../docs/types.js';
import { requestLine } from './httpMessage.js';
import type { HttpMethod, PathTemplate } from './types.js';

const PARAM = /\{([^{}]+)\}/g;

/** `{id | userPrincipalName}` → `id`; parameter names of a path template in order. */
export function templateParams(template: string): string[] {
  return [...template.matchAll(PARAM)].map((m) => (m[1] ?? '').split('|')[0]?.trim() ?? '').filter((p) => p !== '');
}

/** Path templates of the "HTTP request" section's fences: every `METHOD /path` line. */
export function parsePathTemplates(blocks: CodeBlock[], file: string): { method?: HttpMethod; methods: Set<HttpMethod>; paths: PathTemplate[] } {
  const paths: PathTemplate[] = [];
  const methods = new Set<HttpMethod>();
  let method: HttpMethod | undefined;
  for (const block of blocks) {
    block.text.split('\n').forEach((line, i) => {
      const start = requestLine(line);
      if (!start) return;
      method ??= start.method;
      methods.add(start.method);
      const template = start.url.replace(/^https?:\/\/[^/]+\/(?:beta|v1\.0)/i, '');
      paths.push({ template, params: templateParams(template), source: { file, line: block.line + 1 + i } });
    });
  }
  return { method, methods, paths };
}
