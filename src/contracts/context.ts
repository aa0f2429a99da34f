import type { SchemaSet, SchemaValidator } from '../schemas/types.js';
import type { HttpRequest, HttpResponse } from './http.js';
import type { CheckContext, Contract } from './types.js';

/** What a check context is made of: one exchange, and what judging it reads. */
export interface ContextInput {
  contract: Contract;
  request: HttpRequest;
  response: HttpResponse;
  target: 'mock' | 'live';
  /** The request carried `Prefer: include-unknown-enum-members`. @default false */
  prefer?: boolean;
  validator: SchemaValidator;
  schemas: SchemaSet;
  /** Other contracts documenting the same request (`peerIndex`). @default [] */
  peers?: readonly Contract[];
}

/** The one way a `CheckContext` is built (suite runs, the mutation run, check tests). */
export function checkContext(input: ContextInput): CheckContext {
  const { validator } = input;
  return {
    contract: input.contract,
    request: input.request,
    response: input.response,
    target: input.target,
    preferUnknownEnumMembers: input.prefer ?? false,
    schemas: input.schemas,
    peers: input.peers ?? [],
    validate: (schema, value, prefix) =>
      validator.validate(schema, value, prefix).map((i) => ({ message: withoutPointer(i.message, i.pointer), pointer: i.pointer, expected: i.expected, actual: i.actual })),
  };
}

/** The violation shows its pointer already; drop it (and repeats) from the front of a schema message. */
function withoutPointer(message: string, pointer: string): string {
  let text = message;
  while (pointer !== '' && text.startsWith(`${pointer} `)) text = text.slice(pointer.length + 1);
  return text;
}
