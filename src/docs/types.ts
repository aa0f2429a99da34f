import type { Severity } from '../severity.js';
import type { DocVersion } from './layout.js';

export type { DocVersion } from './layout.js';

/** Where something came from: a docs file (posix path relative to the docs root) and a 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
}

/**
 * A doc we could not fully understand, or a disagreement between pages. Never fatal: collected
 * through every stage and shown in the build output and reports.
 */
export interface DocDiagnostic {
  /** Stable kebab-case rule id, e.g. `annotation-trailing-comma`, `enum-lists-disagree`. */
  rule: string;
  severity: Severity;
  /** One readable sentence, naming the thing at fault. */
  message: string;
  source: SourceRef;
  /** Further places involved (the other page of a disagreement). */
  related?: SourceRef[];
}

/**
 * What a page is, from what it says (front matter `doc_type`, its title, its annotations; the
 * folder only when the page says nothing): an API page, a resource or enum page, an include file
 * (`ms.topic: include`, `includes/`), or anything else (overviews, conceptual pages).
 */
export type PageKind = 'api' | 'resource' | 'include' | 'other';

/** A heading. `parent` is the index of the enclosing heading in `DocPage.sections`, if any. */
export interface Section {
  level: number;
  title: string;
  line: number;
  parent?: number;
}

/**
 * The JSON comment before a fence: `<!-- { "blockType": "request", ... } -->`.
 * Format: https://github.com/OneDrive/apidoctor/blob/master/docs/annotations.md (ApiDoctor).
 */
export interface Annotation {
  line: number;
  /** Parsed value, after tolerated repairs; undefined if it could not be parsed at all. */
  value?: Record<string, unknown>;
}

/** A fenced code block with its context. */
export interface CodeBlock {
  /** Info string, lower-cased: `http`, `json`, `msgraph-interactive`, ``. */
  lang: string;
  /** Line of the opening fence. */
  line: number;
  /** Content lines joined with `\n`, without the fences. The first content line is `line + 1`. */
  text: string;
  /** The annotation comment directly before the fence (blank lines and a tab marker may stand between). */
  annotation?: Annotation;
  /** Index of the nearest preceding heading in `DocPage.sections`, or -1 before any heading. */
  section: number;
  /** Tab group label when inside `# [HTTP](#tab/http)` style tabs. */
  tab?: string;
}

/** A table row: cells are trimmed, markdown kept (links, `**bold**`, backticks). */
export interface TableRow {
  cells: string[];
  line: number;
}

/** A markdown pipe table. */
export interface Table {
  header: string[];
  rows: TableRow[];
  line: number;
  section: number;
}

/** A non-empty line of prose outside fences and tables (markdown kept). */
export interface ProseLine {
  text: string;
  line: number;
  section: number;
}

/** A markdown link found in prose or tables. */
export interface Link {
  text: string;
  target: string;
  line: number;
}

/** An `[!INCLUDE [name](path)]` line: `text` is the name, `target` the path as written. */
export interface Include extends Link {
  /** Index of the nearest preceding heading in `DocPage.sections`, or -1 before any heading. */
  section: number;
  /** The annotation comment directly before it (`<!-- { "blockType": "permissions", ... } -->`). */
  annotation?: Annotation;
}

/** One markdown page, reduced to structure. Knows nothing of HTTP or API semantics. */
export interface DocPage {
  /** Posix path relative to the docs root, e.g. `api/user-get.md`. */
  file: string;
  /** File name without `.md`, e.g. `user-get`. Unique within a kind. */
  id: string;
  kind: PageKind;
  /** API version of the folder the page came from, when its path names one. */
  version?: DocVersion;
  /** YAML front matter as parsed (empty object when absent). */
  frontMatter: Record<string, unknown>;
  /** Front matter `title`, else the first H1, else the id. */
  title: string;
  sections: Section[];
  blocks: CodeBlock[];
  tables: Table[];
  prose: ProseLine[];
  /** Read from the page text on first use by `parseDoc` (only lint reads them), a plain array after. */
  links: Link[];
  /** `[!INCLUDE [name](path)]` lines. */
  includes: Include[];
  diagnostics: DocDiagnostic[];
}

/** A docs file as read from disk or a tarball, before parsing. */
export interface DocFile {
  /** Posix path relative to the docs root (see `placeFiles`). */
  file: string;
  text: string;
  /** API version of the folder the file came from, when its path names one. */
  version?: DocVersion;
}
