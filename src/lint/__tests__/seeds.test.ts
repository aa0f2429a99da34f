import { describe, expect, it } from 'vitest';
import { readDocs } from '../../docs/index.js';
import { buildFromFiles } from '../../pipeline.js';
import { lintDocs } from '../lint.js';

const GET = 'api/educationsynchronizationprofilestatus-get.md';
const POST = 'api/educationsynchronizationprofilestatus-post.md';
const PATCH = 'api/educationsynchronizationprofilestatus-update.md';
const PUT = 'api/educationsynchronizationprofile-put.md';
const RESOURCE = 'resources/educationsynchronizationprofilestatus.md';

describe('lint over the seed docs', async () => {
  const source = await readDocs(new URL('../../../contracts/docs', import.meta.url).pathname);
  const build = buildFromFiles(source.files, 'default');
  const result = lintDocs({ pages: build.pages, model: build.model, diagnostics: build.set.diagnostics });
  const found = result.findings.map((f) => `${f.rule} ${f.source.file}:${f.source.line}`);

  it('reports every real defect of the seeds with rule id and file:line', () => {
    expect(found).toEqual(
      expect.arrayContaining([
        // Annotations: trailing commas, `}-->` without a space, examples marked "ignored".
        `annotation-trailing-comma ${PUT}:104`, `annotation-trailing-comma ${GET}:87`,
        `annotation-close-spacing ${GET}:56`, `example-annotated-ignored ${PUT}:48`, `example-annotated-ignored ${PUT}:104`,
        // The GET example shows properties the resource page lacks.
        `example-property-undocumented ${GET}:101`, `example-property-undocumented ${GET}:102`, `example-property-undocumented ${GET}:103`,
        // Placeholder values where an enum member or a date-time belongs.
        `example-placeholder-value ${POST}:73`, `example-placeholder-value ${POST}:74`, `example-placeholder-value ${POST}:92`,
        `example-placeholder-value ${POST}:93`, `example-placeholder-value ${PATCH}:71`, `example-placeholder-value ${PATCH}:89`,
        // Enum lists with and without unknownFutureValue.
        `enum-lists-disagree ${RESOURCE}:27`,
        // TODO placeholders: permissions, descriptions, metadata.
        `permissions-not-stated ${POST}:21`, `permissions-not-stated ${POST}:22`, `permissions-not-stated ${POST}:23`,
        `permissions-not-stated ${PATCH}:21`, `permissions-not-stated ${PATCH}:22`, `permissions-not-stated ${PATCH}:23`,
        `todo-placeholder ${POST}:1`, `todo-placeholder ${POST}:48`, `todo-placeholder ${POST}:49`, `todo-placeholder ${POST}:50`,
        `todo-placeholder ${PATCH}:1`, `todo-placeholder ${PATCH}:47`, `todo-placeholder ${PATCH}:48`, `todo-placeholder ${PATCH}:49`,
        // Links to resource pages that are not in the docs.
        `broken-resource-link ${PUT}:16`, `broken-resource-link ${GET}:16`, `broken-resource-link ${POST}:48`,
        `broken-resource-link ${PATCH}:47`, `broken-resource-link ${RESOURCE}:13`,
        // The POST response annotation spells the type in lower case.
        `odata-type-case-mismatch ${POST}:80`,
        // Response bodies glued to their headers.
        `http-body-separator-missing ${POST}:89`, `http-body-separator-missing ${PATCH}:86`,
      ]),
    );
  });

  it('knows every rule id the build reports', () => {
    expect(result.unregistered).toEqual([]);
  });
});
