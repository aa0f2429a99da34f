import { describe, expect, it } from 'vitest';
import { buildFromDocs } from '../../pipeline.js';
import { CSDL_FILE, DOCS_TARBALL, corpusAvailable } from '../__helpers__/corpus.js';
import { crossCheck, DIFFERENCE_KINDS } from '../crossCheck.js';
import { fidelity } from '../fidelity.js';
import { formatCrossCheck } from '../format.js';
import { readCsdl } from '../read.js';

describe.runIf(corpusAvailable(DOCS_TARBALL, CSDL_FILE))('docs vs CSDL over the shared beta corpus', () => {
  it('cross-checks every resource page and prints counts per difference kind', async () => {
    const [build, csdl] = await Promise.all([buildFromDocs(DOCS_TARBALL), readCsdl(CSDL_FILE)]);
    const result = crossCheck(build.model, csdl);
    const text = formatCrossCheck(result);
    console.log(text);
    for (const kind of DIFFERENCE_KINDS) expect(text).toMatch(new RegExp(`^ +\\d+  ${kind}$`, 'm'));
    expect(result.matchedTypes).toBeGreaterThan(2000);
    // Resource pages, and the API pages whose examples or paths show what a resource page lacks.
    expect(result.differences.every((d) => /^(resources|api)\//.test(d.source.file))).toBe(true);
    expect(result.counts['property-case-differs']).toBeGreaterThan(0);

    const report = fidelity(build.model, csdl);
    console.log(`property_recall=${report.properties.recall.toFixed(4)} enum_member_recall=${report.enumMembers.recall.toFixed(4)}`);
    // The docs' own ceiling (npm run fidelity prints what each further source would add).
    expect(report.properties.recall).toBeGreaterThanOrEqual(0.975);
    expect(report.enumMembers.recall).toBeGreaterThanOrEqual(0.975);
  }, 240_000);
});
