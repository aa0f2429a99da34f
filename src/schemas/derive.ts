import type { DocDiagnostic } from '../docs/types.js';
import type { ApiModel, Resource } from '../model/types.js';
import { enumSchema } from './enumSchema.js';
import { schemaFile } from './names.js';
import { baseChain, declaredNames, resourceSchema } from './resourceSchema.js';
import { indexTypes, type TypeIndex } from './typeIndex.js';
import type { SchemaSet } from './types.js';

/** Schemas of a model, with what kept them from being exact. */
export interface DerivedSchemas {
  schemas: SchemaSet;
  diagnostics: DocDiagnostic[];
}

/** ApiModel → one JSON Schema (2020-12) per resource/complex type and per enum type. Pure. */
export function deriveSchemas(model: ApiModel, index: TypeIndex = indexTypes(model)): DerivedSchemas {
  const schemas: SchemaSet = {};
  const diagnostics: DocDiagnostic[] = [...index.diagnostics];
  // Names each base type declares, found once per base: many types share one (`entity`).
  const inheritedFrom = new Map<Resource, ReadonlySet<string>>();
  for (const t of index.all) {
    if (t.kind === 'enum') {
      schemas[schemaFile(t.name)] = enumSchema(t.enum);
      continue;
    }
    const base = resolveBase(t.resource, index, diagnostics);
    let inherited = base && inheritedFrom.get(base);
    if (base && !inherited) inheritedFrom.set(base, (inherited = declaredNames(base, index)));
    schemas[schemaFile(t.name)] = resourceSchema(t.resource, base, index, inherited);
  }
  return { schemas, diagnostics };
}

/** The documented base type of `r`, or undefined (with a diagnostic) when it cannot be used. */
function resolveBase(r: Resource, index: TypeIndex, diagnostics: DocDiagnostic[]): Resource | undefined {
  if (!r.baseType) return undefined;
  const base = index.get(r.baseType);
  if (base?.kind !== 'resource') {
    diagnostics.push({
      rule: 'base-type-unresolved',
      severity: 'warning',
      message: `base type \`${r.baseType}\` of \`${r.name}\` has no resource page; inherited properties are not checked`,
      source: r.source,
    });
    return undefined;
  }
  if (baseChain(base.resource, index).includes(r)) {
    diagnostics.push({
      rule: 'base-type-cycle',
      severity: 'error',
      message: `\`${r.name}\` inherits from itself through \`${r.baseType}\`; inheritance is ignored`,
      source: r.source,
    });
    return undefined;
  }
  return base.resource;
}
