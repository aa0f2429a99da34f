import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const root = new URL('../../', import.meta.url);
const { stages } = JSON.parse(readFileSync(new URL('stages.json', root), 'utf8')) as { stages: string[] };

describe('the stage order (stages.json, enforced by eslint.config.js)', () => {
  test('ARCHITECTURE.md shows the same list, in the same order', () => {
    const doc = readFileSync(new URL('ARCHITECTURE.md', root), 'utf8');
    const block = /## Stages\n[\s\S]*?```\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    expect(block.split('\n').filter(Boolean).map((line) => /^src\/(\S+)/.exec(line)?.[1])).toEqual(stages);
  });

  test('names every folder and top-level module of src/ once', () => {
    const entries = readdirSync(new URL('src/', root), { withFileTypes: true })
      .filter((e) => (e.isDirectory() && !e.name.startsWith('__')) || e.name.endsWith('.ts'))
      .map((e) => e.name.replace(/\.ts$/, ''));
    expect([...stages].sort()).toEqual(entries.sort());
    expect(new Set(stages).size).toBe(stages.length);
  });
});
