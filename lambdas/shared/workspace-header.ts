import { idPattern } from '../domain/ids';
import { InvalidInput } from '../domain/errors';
import { header } from './request';

/**
 * `X-Workspace-ID` names a workspace by id (`ws_` + ULID) or is absent. Anything else is refused
 * before it becomes part of a key: an oversized value would make DynamoDB refuse the read (a 500).
 */
const WORKSPACE_ID = idPattern('ws');

/** The header's value, trimmed; null when absent or blank. */
export const requestedWorkspaceOf = (event: Parameters<typeof header>[0]): string | null => header(event, 'x-workspace-id')?.trim() || null;

export const isWellFormedWorkspaceHeader = (value: string | null): boolean => value === null || WORKSPACE_ID.test(value);

export const assertWorkspaceHeader = (value: string | null): void => {
  if (!isWellFormedWorkspaceHeader(value)) {
    throw new InvalidInput('X-Workspace-ID is not a workspace id (ws_ followed by 26 characters)', [
      { field: 'X-Workspace-ID', issue: 'invalid' },
    ]);
  }
};
