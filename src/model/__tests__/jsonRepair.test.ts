import { describe, expect, test } from 'vitest';
import { repairJson } from '../jsonRepair.js';

describe('repairJson', () => {
  test.for([
    ['comma before an ellipsis, a comment between', '[1, // one\n ...\n]', '[1 \n \n]', ['comment@1', 'ellipsis@2']],
    ['block comment keeps its newlines', '{"a": 1, /* x\ny */ ...}', '{"a": 1 \n }', ['comment@1', 'ellipsis@2']],
    ['a leading ellipsis takes the comma after it', '[..., 2, ...]', '[ 2 ]', ['ellipsis@1', 'ellipsis@1']],
    ['a comma inside a string is no item comma', '{"a": "x,"...}', '{"a": "x,"}', ['ellipsis@1']],
    ['a no-break space is white space', '[1,\u00a0\u2026, 2]', '[1\u00a0, 2]', ['ellipsis@1']],
    ['bare words quoted, the comma that closes nothing dropped', '{"id": {id}, "n": String  ,}', '{"id": "{id}", "n": "String"}', ['unquoted-value@1', 'unquoted-value@1', 'trailing-comma@1']],
  ] as const)('%s', ([, text, repaired, repairs]) => {
    const r = repairJson(text);
    expect(r.text).toBe(repaired);
    expect(r.repairs.map((x) => `${x.kind}@${x.line}`)).toEqual(repairs);
  });
});
