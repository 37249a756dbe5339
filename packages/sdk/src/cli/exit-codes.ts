import {
  type AgentPlatformError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  InvalidRequestError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
} from '../errors';

/** One exit code per error family, so scripts can branch without parsing output. */

export const exitCodes = {
  ok: 0,
  failure: 1,
  usage: 2,
  invalidRequest: 3,
  authentication: 4,
  permission: 5,
  notFound: 6,
  conflict: 7,
  rateLimit: 8,
  server: 9,
  connection: 10,
  executionNotCompleted: 11,
} as const;

const byFamily: Array<[new (...args: never[]) => AgentPlatformError, number]> = [
  [InvalidRequestError, exitCodes.invalidRequest],
  [AuthenticationError, exitCodes.authentication],
  [PermissionDeniedError, exitCodes.permission],
  [NotFoundError, exitCodes.notFound],
  [ConflictError, exitCodes.conflict],
  [RateLimitError, exitCodes.rateLimit],
  [ServerError, exitCodes.server],
  [ConnectionError, exitCodes.connection],
];

export const exitCodeFor = (error: unknown): number => byFamily.find(([Family]) => error instanceof Family)?.[1] ?? exitCodes.failure;

export const exitCodesHelp = `Exit codes: 0 ok, 1 other failure, 2 usage, 3 invalid request, 4 authentication,
5 permission, 6 not found, 7 conflict, 8 rate limited, 9 server error, 10 no connection,
11 the execution did not complete (failed, cancelled, timed out or awaiting approval).`;
