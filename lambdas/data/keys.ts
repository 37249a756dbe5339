/**
 * Every key of the single table is built here; no other module concatenates a key string.
 * Tenant isolation is by construction: every workspace-owned item's PK starts with `WS#<ws>`,
 * and the workspace id always comes from the verified principal, never from the request.
 *
 * Access patterns (keep this table current when adding one):
 *
 * | entity              | PK                               | SK           | GSI1 (PK / SK) | GSI2 (PK / SK) | pattern                    |
 * |---------------------|----------------------------------|--------------|----------------|----------------|----------------------------|
 * | health probe        | `HEALTH`                         | `PROBE`      |                |                | getHealthProbe (one read)  |
 * | idempotency record  | `<scope>#IDEM#<sha256(route,key)>` | `IDEM`     |                |                | claim / replay a request   |
 *
 * `<scope>` is `WS#<ws>` for a caller with a workspace, `USER#<user>` otherwise. Idempotency records
 * carry `expires_at` (TTL, 24 h).
 */

export interface Key {
  PK: string;
  SK: string;
}

export const healthProbeKey = (): Key => ({ PK: 'HEALTH', SK: 'PROBE' });

export const idempotencyScope = (workspaceId: string | null, userId: string): string =>
  workspaceId ? `WS#${workspaceId}` : `USER#${userId}`;

export const idempotencyKey = (scope: string, keyHash: string): Key => ({ PK: `${scope}#IDEM#${keyHash}`, SK: 'IDEM' });
