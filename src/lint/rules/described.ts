import type { LintRule, RuleOrigin } from '../types.js';
import type { Severity } from '../../severity.js';

const describe = (origin: RuleOrigin, id: string, severity: Severity, description: string): LintRule => ({ id, severity, origin, description });

/**
 * Rules the docs parser reports while reading pages. Lint does not re-check them; it lists them so
 * every diagnostic id the build can print has a severity and an explanation in one registry.
 */
export const PARSER_RULES: LintRule[] = [
  describe('docs', 'annotation-malformed', 'warning', 'An annotation comment is not a JSON object even after tolerated repairs; the code block after it is read without it.'),
  describe('docs', 'annotation-unknown-key', 'warning', 'An annotation uses a key ApiDoctor does not know (often a typo such as `truncted`); the setting it meant is lost.'),
  describe('docs', 'annotation-unknown-block-type', 'warning', 'An annotation has a `blockType` other than request, response, resource, example, ignored or simulatedResponse.'),
  describe('docs', 'annotation-trailing-comma', 'info', 'An annotation has a trailing comma, which JSON does not allow; tolerated.'),
  describe('docs', 'annotation-comment', 'info', 'An annotation contains a `//` or `/* */` comment, which JSON does not allow; tolerated.'),
  describe('docs', 'annotation-close-spacing', 'hint', 'An annotation ends with `}-->` without a space; some tools miss it.'),
  describe('docs', 'annotation-without-block', 'warning', 'An annotation is not followed by a code block, so it annotates nothing.'),
  describe('docs', 'fence-unclosed', 'warning', 'A code block is never closed and runs to the end of the page.'),
  describe('docs', 'front-matter-unclosed', 'warning', 'The front matter starts with `---` but never ends; the page is read as markdown.'),
  describe('docs', 'front-matter-invalid', 'warning', 'The front matter is not valid YAML; title and doc_type are lost.'),
];

/** Rules the model stage reports while resolving pages into operations and types. */
export const MODEL_RULES: LintRule[] = [
  describe('model', 'example-body-not-json', 'warning', 'An example body is not JSON even after tolerated repairs, so it cannot be checked or served by the mock.'),
];
