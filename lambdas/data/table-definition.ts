/**
 * The single table's shape, read by CDK (`lib/stacks/data-stack.ts`) and by the local runtime
 * (`local/dynamodb.ts`) so both create exactly the same keys, indexes, TTL attribute and stream.
 */
export const tableDefinition = {
  partitionKey: 'PK',
  sortKey: 'SK',
  globalIndexes: [
    { name: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
    { name: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
    // Agents by last update (API.md's `sort=updated_at`); DESIGN.md planned two indexes, lists need three orders.
    { name: 'GSI3', partitionKey: 'GSI3PK', sortKey: 'GSI3SK' },
  ],
  ttlAttribute: 'expires_at',
  // The outbox relay reads new items from the table's stream (`lambdas/events/outbox-relay.ts`).
  stream: 'NEW_IMAGE',
} as const;

export type IndexName = (typeof tableDefinition.globalIndexes)[number]['name'];
