import { describe, expect, test } from 'vitest';
import type { Table } from '../../docs/types.js';
import { isPermissionsTable, parsePermissions } from '../permissions.js';

function table(header: string[], rows: string[][]): Table {
  return { header, line: 10, section: 0, rows: rows.map((cells, i) => ({ cells, line: 12 + i })) };
}

describe('parsePermissions', () => {
  test('2-column form with "Not supported." and a truncated label (seed GET)', () => {
    const t = table(['Permission type', 'Permissions (from least to most privileged)'], [
      ['Delegated (work or school account)', 'EduAdministration.Read, EduAdministration.ReadWrite'],
      ['Delegated (personal Microsoft account', 'Not supported.'],
      ['Application', 'EduAdministration.Read.All, EduAdministration.ReadWrite.All'],
    ]);
    expect(isPermissionsTable(t)).toBe(true);
    expect(parsePermissions(t, 'api/a.md')).toEqual({
      permissions: {
        delegatedWork: ['EduAdministration.Read', 'EduAdministration.ReadWrite'],
        delegatedPersonal: null,
        application: ['EduAdministration.Read.All', 'EduAdministration.ReadWrite.All'],
        source: { file: 'api/a.md', line: 10 },
      },
      diagnostics: [],
    });
  });

  test('3-column self/others form merges both columns; combined scopes are all listed', () => {
    const t = table(['Permission type', 'Permissions acting on self', 'Permissions acting on others'], [
      ['Delegated (work or school account)', 'UserAuthenticationMethod.Read', 'UserAuthenticationMethod.Read.All'],
      ['Application', 'Not supported.', 'Policy.Read.All and Application.Read.All, Schedule.Read.All*'],
    ]);
    const { permissions } = parsePermissions(t, 'api/a.md');
    expect(permissions.delegatedWork).toEqual(['UserAuthenticationMethod.Read', 'UserAuthenticationMethod.Read.All']);
    expect(permissions.application).toEqual(['Policy.Read.All', 'Application.Read.All', 'Schedule.Read.All']);
    expect(permissions.delegatedPersonal).toEqual([]);
  });

  test('TODO text is not a permission: [] and a diagnostic per row (seed POST)', () => {
    const t = table(['Permission type', 'Permissions (from most to least privileged)'], [
      ['Delegated (work or school account)', '**TODO: Provide applicable permissions.**'],
      ['Application', 'Not Supported'],
    ]);
    const r = parsePermissions(t, 'api/b.md');
    expect(r.permissions).toMatchObject({ delegatedWork: [], application: null });
    expect(r.diagnostics.map((d) => [d.rule, d.source.line])).toEqual([['permissions-not-stated', 12]]);
  });

  test('other tables are not permission tables', () => {
    expect(isPermissionsTable(table(['Name', 'Description'], []))).toBe(false);
  });
});

describe('parsePermissions, Intune sub-rows', () => {
  test('labelled sub-rows after an empty type row belong to that type', () => {
    const t = table(['Permission type', 'Permissions (from most to least privileged)'], [
      ['Delegated (work or school account)', ''],
      ['&nbsp; &nbsp; **Mobile app management (MAM)**', 'DeviceManagementApps.ReadWrite.All'],
      ['&nbsp; &nbsp; **Policy Set**', 'DeviceManagementApps.Read.All'],
      ['Delegated (personal Microsoft account)', 'Not supported.'],
      ['Application', ''],
    ]);
    const r = parsePermissions(t, 'api/i.md');
    expect(r.permissions).toMatchObject({ delegatedWork: ['DeviceManagementApps.ReadWrite.All', 'DeviceManagementApps.Read.All'], delegatedPersonal: null, application: [] });
    expect(r.diagnostics.map((d) => [d.rule, d.source.line])).toEqual([['permissions-not-stated', 16]]);
  });
});
