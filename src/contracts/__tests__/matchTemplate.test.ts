import { describe, expect, test } from 'vitest';
import { matchTemplate } from '../matchTemplate.js';

describe('matchTemplate', () => {
  test.for([
    { path: '/education/synchronizationProfiles/{id}/profileStatus', templates: ['/education/synchronizationProfiles/{id}/profileStatus'], template: '/education/synchronizationProfiles/{id}/profileStatus', matched: true },
    { path: '/users/87d349ed-44d7-43e1-9a83-5f2406dee5bd', templates: ['/me', '/users/{id | userPrincipalName}'], template: '/users/{id | userPrincipalName}', matched: true },
    { path: '/Users/abc/', templates: ['/users/{id}'], template: '/users/{id}', matched: true },
    { path: '/me/events/delta', templates: ['/me/events/{id}', '/me/events/delta'], template: '/me/events/delta', matched: true },
    { path: "/reports/getEmailActivityUserDetail(period='D7')", templates: ["/reports/getEmailActivityUserDetail(period='{period_value}')"], template: "/reports/getEmailActivityUserDetail(period='{period_value}')", matched: true },
    { path: '/groups/1/members?$top=2', templates: ['/groups/{id}/members?$filter=x'], template: '/groups/{id}/members', matched: true },
    { path: "/me/drive/root/delta(token='1230919asd190410jlka')", templates: ['/drives/{drive-id}/root/delta', '/me/drive/root/delta'], template: '/me/drive/root/delta', matched: true },
    { path: '/drive/root/workbook/range/columnsBefore(count=2)', templates: ['/drive/root/workbook/range/columnsBefore(count=n)'], template: '/drive/root/workbook/range/columnsBefore(count=n)', matched: true },
    { path: '/devices/{id}/memberOf/microsoft.graph.group', templates: ['/devices/{id}/memberOf'], template: '/devices/{id}/memberOf', matched: true },
    { path: '/users/{id}/transitiveMemberOf/$count', templates: ['/users/{id | userPrincipalName}/transitiveMemberOf'], template: '/users/{id | userPrincipalName}/transitiveMemberOf', matched: true },
    { path: '/me/photo/$value', templates: ['/me/photo', '/me/photo/$value'], template: '/me/photo/$value', matched: true },
    { path: '/me/photos/48x48/$value', templates: ['/me/photo/$value', '/me/photos/{size}'], template: '/me/photos/{size}', matched: true },
    { path: '/roleManagement/x/filterByCurrentUser(on=\'a\')', templates: ['roleManagement/x/filterByCurrentUser'], template: '/roleManagement/x/filterByCurrentUser', matched: true },
    { path: '/me/activateServicePlan', templates: ['/users/{id | userPrincipalName}/activateServicePlan'], template: '/users/{id | userPrincipalName}/activateServicePlan', matched: true },
    { path: '/groups/1/owners/2', templates: ['/me', '/groups/{id}/owners'], template: '/groups/{id}/owners', matched: false },
    { path: '/nowhere/1', templates: ['/me'], template: '/nowhere/1', matched: false },
    { path: '/items/A-b', templates: ['/items/{x}', '/items/{x}-{y}'], template: '/items/{x}-{y}', matched: true },
    { path: '/items/{x', templates: ['/items/{y', '/items/{X'], template: '/items/{X', matched: true },
    { path: '~/me/?$select=id', templates: ['me'], template: '/me', matched: true },
    { path: '/$count', templates: ['/'], template: '/$count', matched: false },
    { path: '/items/AB-end', templates: ['/items/{x}-end'], template: '/items/{x}-end', matched: true },
    { path: '/items/-end', templates: ['/items/{x}-end'], template: '/items/{x}-end', matched: false },
    { path: '/items/a\nb-end', templates: ['/items/{x}-end'], template: '/items/{x}-end', matched: false },
    { path: '/users//x', templates: ['/groups/{id}', '/users/{id}/y'], template: '/users/{id}/y', matched: false },
    { path: '/Straße/{id}', templates: ['/STRASSE/{id}', '/straße/{id}'], template: '/straße/{id}', matched: true },
  ])('$path', ({ path, templates, template, matched }) => {
    expect(matchTemplate(path, templates)).toEqual({ template, matched });
  });
});
