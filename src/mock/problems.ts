/**
 * Graph's error envelope, one template per status the mock answers with on its own.
 * Shape and codes follow https://learn.microsoft.com/graph/errors:
 * `{"error":{"code","message","innerError":{"request-id","date"}}}`.
 */
export const PROBLEMS = {
  badRequest: { status: 400, code: 'BadRequest' },
  invalidBody: { status: 400, code: 'BadRequest' },
  unauthenticated: { status: 401, code: 'InvalidAuthenticationToken' },
  forbidden: { status: 403, code: 'Authorization_RequestDenied' },
  notFound: { status: 404, code: 'ResourceNotFound' },
  noRoute: { status: 404, code: 'UnknownResource' },
  methodNotAllowed: { status: 405, code: 'MethodNotAllowed' },
  payloadTooLarge: { status: 413, code: 'RequestEntityTooLarge' },
  unsupportedMediaType: { status: 415, code: 'UnsupportedMediaType' },
  throttled: { status: 429, code: 'TooManyRequests' },
  internal: { status: 500, code: 'InternalServerError' },
  unavailable: { status: 503, code: 'ServiceUnavailable' },
} as const;

/** Name of one error template. */
export type ProblemName = keyof typeof PROBLEMS;

/** The JSON body of a Graph error response. */
export interface GraphErrorBody {
  error: { code: string; message: string; innerError: { 'request-id': string; 'client-request-id': string; date: string } };
}

/** Builds the status and body of one error response. */
export function problem(
  name: ProblemName,
  message: string,
  ids: { requestId: string; clientRequestId: string; date: Date },
): { status: number; body: GraphErrorBody } {
  const { status, code } = PROBLEMS[name];
  const date = ids.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    status,
    body: { error: { code, message, innerError: { 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId, date } } },
  };
}
