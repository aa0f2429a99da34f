/* global console, process */
// Stand-in for `graph-contracts run --target live` until the run command wires the live target:
// the seed contracts through the real suites (runSuites) with the compiled live run target, then
// the reports. Prints the summary and the cleanup lines; exit 0 pass, 1 failures, 2 errors.
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    'env-file': { type: 'string' }, 'allow-writes': { type: 'boolean' }, build: { type: 'string' },
    root: { type: 'string' }, reports: { type: 'string' },
  },
});
const dist = `${values.build}/dist`;
const live = await import(`${dist}/live/index.js`);
const { runSuites } = await import(`${dist}/suites/run.js`);
const { readContractSet } = await import(`${dist}/contracts/artifacts/index.js`);
const { writeReports } = await import(`${dist}/reporters/write.js`);
const { SEED_ID } = await import(`${dist}/mock/index.js`);

try {
  const set = await readContractSet(join(values.root, 'contracts'), join(values.root, 'schemas'));
  const target = await live.openLiveRun(set.contracts, {
    envFile: values['env-file'], allowWrites: values['allow-writes'],
    prompt: (m) => console.error(m), log: (l) => console.log(l), onInterrupted: () => process.exit(130),
  });
  let collected;
  try {
    collected = await runSuites({
      set, target: 'live', baseUrl: target.baseUrl, transportModule: target.transportModule, skips: target.skips,
      retry: target.retry, fixtures: { default: SEED_ID }, log: (l) => console.error(l), maxWorkers: 1,
    });
  } finally {
    await target.close();
  }
  writeReports(collected.run, values.reports);
  const { passed, failed, skipped, errors } = collected.run.summary;
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped, ${errors} errors`);
  for (const c of collected.run.cases) if (c.state !== 'passed') console.log(`${c.state} ${c.name}: ${c.skipReason ?? c.error?.message ?? c.violations.map((v) => v.message).join('; ')}`);
  process.exitCode = collected.moduleErrors.length > 0 || errors > 0 ? 2 : failed > 0 ? 1 : 0;
} catch (err) {
  console.error(`graph-contracts: ${err.message} [${err.code ?? 'INTERNAL'}]`);
  process.exitCode = 2;
}
