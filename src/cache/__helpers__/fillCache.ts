// Fills the build cache for a docs folder once a start file appears, so that several processes
// do it at the same moment (the concurrency test). Usage: fillCache.ts <docs> <cacheDir> <startFile>
// Prints `ready` once loaded, then one JSON line with what it found.
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadBuild } from '../../pipeline.js';

const [docs, dir, start] = process.argv.slice(2) as [string, string, string];
console.log('ready');
while (!existsSync(start)) await sleep(2);
const notices: string[] = [];
const loaded = await loadBuild(docs, { cache: { dir, log: (line) => notices.push(line) } });
const build = await loaded.build();
const probe = await loaded.derived('probe', () => ({ operations: build.model.operations.length }));
console.log(JSON.stringify({ cached: loaded.cached, contracts: loaded.set.contracts.length, probe, notices }));
