// Setup of the `unit` vitest project: a unit test is a pure stage test. Starting a server or a
// child process there fails at once, naming the rule; such a test is an end-to-end test
// (`*.e2e.test.ts`, project `e2e`).
import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';
import { Server } from 'node:net';

const refuse = (what: string) => () => {
  throw new Error(`a unit test may not ${what}: name the file *.e2e.test.ts (vitest project e2e)`);
};
Server.prototype.listen = refuse('start a server') as never;
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const) {
  (childProcess as unknown as Record<string, unknown>)[name] = refuse('start a child process');
}
syncBuiltinESMExports();
