import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../__fixtures__/run.js';
import { formatJson } from '../json.js';

const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../docs/results.schema.json'), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

describe('formatJson (results.json)', () => {
  test('is valid against docs/results.schema.json and round-trips the run', () => {
    const run = fixtureRun();
    const parsed = JSON.parse(formatJson(run, {})) as unknown;
    expect(validate(parsed), ajv.errorsText(validate.errors)).toBe(true);
    expect(parsed).toEqual(run);
  });

  test('recounts the summary, so an interrupted run adds up', () => {
    const run = fixtureRun();
    const partial = { ...run, complete: false, cases: run.cases.slice(0, 3) };
    const parsed = JSON.parse(formatJson(partial, {})) as typeof run;
    expect(parsed.summary).toEqual({ total: 3, passed: 2, failed: 1, errors: 0, skipped: 0 });
    expect(parsed.complete).toBe(false);
  });

  test('the schema rejects another version and an unknown state', () => {
    const run = JSON.parse(formatJson(fixtureRun(), {})) as { version: number; cases: { state: string }[] };
    expect(validate({ ...run, version: 2 })).toBe(false);
    run.cases[0]!.state = 'flaky';
    expect(validate(run)).toBe(false);
  });
});
