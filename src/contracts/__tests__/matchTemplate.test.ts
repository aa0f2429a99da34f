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
    { path: '/groups/1/owners/2', templates: ['/me', '/groups/{id}/owners'], template: '/groups/{id}/owners', matched: false },
    { path: '/nowhere/1', templates: ['/me'], template: '/nowhere/1', matched: false },
  ])('$path', ({ path, templates, template, matched }) => {
    expect(matchTemplate(path, templates)).toEqual({ template, matched });
  });
});
