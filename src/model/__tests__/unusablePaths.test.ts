import { describe, expect, test } from 'vitest';
import { Parser, type ReadEntry } from 'tar';
import { createReadStream } from 'node:fs';
import { deriveContracts } from '../../contracts/derive.js';
import { corpusAvailable, DOCS_TARBALL } from '../../csdl/__helpers__/corpus.js';
import { parseDoc } from '../../docs/index.js';
import { buildModel } from '../build.js';
import { pathProblem } from '../pathTemplates.js';
import { isPlaceholderValue } from '../placeholders.js';

/** The pages of the shared corpus whose path ends with one of `names`, as DocFiles (`api/<name>`). */
async function corpusPages(...names: string[]): Promise<{ file: string; text: string }[]> {
  const found: { file: string; text: string }[] = [];
  await new Promise<void>((resolve, reject) => {
    const parser = new Parser({
      filter: (p: string) => names.some((n) => p.endsWith(`/api/${n}`)),
      onReadEntry: (entry: ReadEntry) => {
        const chunks: Buffer[] = [];
        entry.on('data', (c: Buffer) => chunks.push(c));
        entry.on('end', () => found.push({ file: `api/${entry.path.split('/').pop()!}`, text: Buffer.concat(chunks).toString('utf8') }));
      },
    });
    createReadStream(DOCS_TARBALL).on('error', reject).pipe(parser).on('end', resolve).on('error', reject);
  });
  return found;
}

describe('pathProblem', () => {
  test.for([
    ['/users/{id | userPrincipalName}', undefined],
    ["/me/drive/root/search(q='Contoso Project')", undefined],
    ['me/devices', 'it does not start with `/`'],
    ['** Entity URI for microsoft.management.services.api.appVulnerabilityManagedDevice not found', 'it does not start with `/`'],
    ['/beta** Entity URI for microsoft.management.services.api.appVulnerabilityManagedDevice not found', 'it holds markdown or placeholder text'],
    ['/me/drive/items/{id}/workbook/worksheets/{id|name}/Cell(row=<row>,column=<column>)', 'it holds markdown or placeholder text'],
    ["/roleManagement/deviceManagement/roleAssignments/$filter=principalId eq '9e47'", 'it holds spaces'],
  ] as const)('%s', ([path, problem]) => {
    expect(pathProblem(path)).toBe(problem);
  });
});

describe.runIf(corpusAvailable(DOCS_TARBALL))('a request section with no usable path (corpus pages)', () => {
  test('`** Entity URI for … not found`: a warning per template and example, and no contract', async () => {
    const pages = (await corpusPages('intune-partnerintegration-appvulnerabilitymanageddevice-get.md')).map(parseDoc);
    expect(pages).toHaveLength(1);
    const model = buildModel(pages);
    const file = 'api/intune-partnerintegration-appvulnerabilitymanageddevice-get.md';
    const warned = model.diagnostics.filter((d) => d.rule.endsWith('-path-unusable'));
    expect(warned.map((d) => [d.rule, d.severity, `${d.source.file}:${d.source.line}`])).toEqual([
      ['http-request-path-unusable', 'warning', `${file}:35`],
      ['example-request-path-unusable', 'warning', `${file}:58`],
    ]);
    expect(warned[0]!.message).toContain('** Entity URI for microsoft.management.services.api.appVulnerabilityManagedDevice not found');
    expect(model.diagnostics.map((d) => d.rule)).not.toContain('http-request-missing');
    expect(deriveContracts(model, { isPlaceholder: isPlaceholderValue }).contracts).toEqual([]);
  });

  test('a template without its leading `/` is left out; the page\'s usable examples still make contracts', async () => {
    const pages = (await corpusPages('tokenlifetimepolicy-list.md')).map(parseDoc);
    const model = buildModel(pages);
    expect(model.diagnostics.filter((d) => d.rule === 'http-request-path-unusable').map((d) => d.message)).toEqual([
      expect.stringContaining('`GET policies/tokenLifetimePolicies` is no request path (it does not start with `/`)'),
    ]);
    const { contracts } = deriveContracts(model, { isPlaceholder: isPlaceholderValue });
    expect(contracts.map((c) => c.request.path)).toEqual(['/policies/tokenLifetimePolicies']);
  });
});
