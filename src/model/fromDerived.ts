import type { DocDiagnostic } from '../docs/types.js';
import { diagnostic } from './diagnostic.js';
import type { TypeIndex } from './typeIndex.js';
import type { Resource } from './types.js';

/**
 * Properties a derived type's page documents as "Inherited from [base]" while the base type's own
 * page lacks them (`roleScopeTagIds`, inherited from deviceEnrollmentConfiguration on every
 * enrollment configuration page): taken into the base type as `origin: 'derived-page'`, with the
 * first such row as source, one `resource-property-only-on-derived-page` diagnostic each. A
 * property a derived page documents without saying it is inherited stays the derived type's own.
 */
export function propertiesFromDerivedPages(resources: readonly Resource[], index: TypeIndex, diagnostics: DocDiagnostic[]): void {
  for (const derived of resources) {
    for (const p of derived.properties) {
      const base = p.inheritedFrom ? index.resource(p.inheritedFrom) : undefined;
      if (!base || base === derived || p.origin || index.property(base, p.name)) continue;
      const { inheritedFrom: _declaredBy, ...row } = p;
      index.adopt(base, { ...row, type: { ...p.type }, origin: 'derived-page' });
      diagnostics.push(diagnostic('resource-property-only-on-derived-page', 'info', `Property \`${p.name}\` is documented as inherited from ${base.name} on ${derived.name}'s page, but ${base.name}'s page lacks it; taken into ${base.name}.`, p.source, [base.source]));
    }
  }
}
