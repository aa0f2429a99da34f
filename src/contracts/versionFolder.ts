import type { SchemaSet } from '../schemas/types.js';
import type { Contract } from './types.js';

/**
 * One version's contracts and schemas, moved into the version's folder for a set that holds both
 * versions of the reference (the same page and type names occur in each): contract ids become
 * `v1.0/user-get`, schema files `v1.0/user.schema.json` (their `$id` too), and each contract names
 * its schemas there. `$ref`s between schemas stay bare file names: JSON Schema resolves them
 * against the `$id`, so they stay within the folder. Pure; the inputs are not changed.
 */
export function inVersionFolder(version: string, contracts: readonly Contract[], schemas: SchemaSet): { contracts: Contract[]; schemas: SchemaSet } {
  const folder = `${version}/`;
  const moved: SchemaSet = {};
  for (const [file, schema] of Object.entries(schemas)) moved[folder + file] = { ...schema, $id: folder + file };
  return {
    contracts: contracts.map((c) => ({
      ...c,
      id: folder + c.id,
      request: c.request.schema ? { ...c.request, schema: folder + c.request.schema } : c.request,
      response: c.response.schema ? { ...c.response, schema: folder + c.response.schema } : c.response,
    })),
    schemas: moved,
  };
}

/** The version folder of a contract id or schema file (`v1.0/` of `v1.0/user-get`), or `''`. */
export function versionFolderOf(name: string): string {
  const slash = name.indexOf('/');
  return slash < 0 ? '' : name.slice(0, slash + 1);
}
