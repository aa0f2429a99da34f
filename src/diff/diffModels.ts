import type { ApiModel } from '../model/types.js';
import { diffEnums } from './enums.js';
import { diffOperations } from './operations.js';
import { diffResources } from './resources.js';
import type { Change, ModelDiff } from './types.js';

/** Every change from one docs version's model to the next, classified breaking or not. */
export function diffModels(old: ApiModel, next: ApiModel): ModelDiff {
  const changes = [
    ...sorted(diffOperations(old.operations, next.operations)),
    ...sorted(diffResources(Object.values(old.resources), Object.values(next.resources))),
    ...sorted(diffEnums(Object.values(old.enums), Object.values(next.enums))),
  ];
  const breaking = changes.filter((c) => c.breaking).length;
  return { changes, breaking, nonBreaking: changes.length - breaking };
}

function sorted(changes: Change[]): Change[] {
  const key = (c: Change): string => `${c.subject}\u0000${c.breaking ? 0 : 1}\u0000${c.kind}\u0000${c.member ?? ''}`;
  return changes.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
