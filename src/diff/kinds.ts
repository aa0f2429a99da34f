/**
 * Change kinds and whether each breaks clients written against the old docs. Data, not code, so the
 * policy is readable in one place. Reasoning: removing or retyping anything a client reads or sends
 * breaks it; a new required input breaks existing callers; a changed success status breaks status
 * checks; a new enum member breaks exhaustive switches unless it comes after `unknownFutureValue`,
 * which Graph only returns to clients that opt in with `Prefer: include-unknown-enum-members`.
 */
export const CHANGE_KINDS = {
  'operation-added': { breaking: false, title: 'operation added' },
  'operation-removed': { breaking: true, title: 'operation removed' },
  'success-status-changed': { breaking: true, title: 'success status changed' },
  'response-type-changed': { breaking: true, title: 'response type changed' },
  'request-type-changed': { breaking: true, title: 'request body type changed' },
  'request-field-added': { breaking: false, title: 'optional request field added' },
  'required-request-field-added': { breaking: true, title: 'required request field added' },
  'request-field-removed': { breaking: true, title: 'request field removed' },
  'request-field-type-changed': { breaking: true, title: 'request field type changed' },
  'type-added': { breaking: false, title: 'type added' },
  'type-removed': { breaking: true, title: 'type removed' },
  'property-added': { breaking: false, title: 'optional property added' },
  'required-property-added': { breaking: true, title: 'required (non-nullable) property added' },
  'property-removed': { breaking: true, title: 'property removed' },
  'property-type-changed': { breaking: true, title: 'property type changed' },
  'enum-added': { breaking: false, title: 'enum type added' },
  'enum-removed': { breaking: true, title: 'enum type removed' },
  'enum-member-removed': { breaking: true, title: 'enum member removed' },
  'enum-member-added': { breaking: true, title: 'enum member added before unknownFutureValue (or without it)' },
  'evolvable-enum-member-added': { breaking: false, title: 'evolvable enum member added after unknownFutureValue' },
} as const satisfies Record<string, { breaking: boolean; title: string }>;

/** A kind of change between two doc versions. */
export type ChangeKind = keyof typeof CHANGE_KINDS;
