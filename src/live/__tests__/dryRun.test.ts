import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../__helpers__/contract.js';
import { formatPlan } from '../plan.js';
import { liveDryRun } from '../runTarget.js';

const TENANT = '11111111-2222-3333-4444-555555555555';

describe('liveDryRun', () => {
  it('prints the resolved plan from the env file without contacting anything or writing files', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'gc-dry-'));
    writeFileSync(join(cwd, 'staging.env'), [
      `AZURE_TENANT_ID=${TENANT}`, 'AZURE_CLIENT_ID=99999999-8888-7777-6666-555555555555',
      'AZURE_CLIENT_SECRET=never-sent-secret-123', 'AZURE_AUTHORITY_HOST=https://127.0.0.1:1', `GRAPH_WRITE_TENANTS=${TENANT}`,
    ].join('\n'));
    const list = contract('GET', '/things');
    const contracts = [{ ...list, response: { ...list.response, body: 'collection' as const } }, contract('POST', '/things'), contract('PUT', '/profiles', { application: null })];
    const { entries, header } = liveDryRun(contracts, { envFile: 'staging.env', allowWrites: true, cwd });
    const text = formatPlan(entries, header);
    expect(text).toContain(`target https://graph.microsoft.com tenant ${TENANT} auth client-secret (application)`);
    expect(text).toContain('writes allowed; tenant in GRAPH_WRITE_TENANTS');
    expect(text).toContain('  send          POST   /beta/things -> creates in /beta/things');
    expect(text).toContain('  skip          PUT    /beta/profiles (Application permissions: "Not supported." (api/x.md))');
    expect(text).toContain('2 to send, 0 expected denied, 1 skipped');
    expect(text).not.toContain('never-sent-secret-123');
    expect(existsSync(join(cwd, '.cache'))).toBe(false);
  });
});
