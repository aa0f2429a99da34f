import type { SourceRef } from '../docs/types.js';
import type { ChangeKind } from './kinds.js';

/** One difference between two versions of the docs, as an SDK owner needs to read it. */
export interface Change {
  kind: ChangeKind;
  /** From the `CHANGE_KINDS` table: whether clients written against the old docs may break. */
  breaking: boolean;
  /** What changed: `GET /users/{id}` for operations, the type name for types and enums. */
  subject: string;
  /** The member, property or field inside `subject`, when there is one. */
  member?: string;
  message: string;
  /** Where the old docs said it (absent for additions). */
  old?: SourceRef;
  /** Where the new docs say it (absent for removals). */
  new?: SourceRef;
}

/** Everything that changed, operations first, then types and enums; sorted within each. */
export interface ModelDiff {
  changes: Change[];
  breaking: number;
  nonBreaking: number;
}
