import { backfillAgentValues } from '../lambdas/data/agent-values-backfill';

/**
 * Writes the filter value entries and counters of every agent already in a table (tables that held
 * agents before lists read them). Run once right after deploying, with the account's credentials:
 * `TABLE_NAME=<table> npx tsx scripts/backfill-agent-values.ts`. Agents written while it runs may
 * leave a counter off by their change: run it again once traffic is quiet to settle them.
 */

backfillAgentValues().then(
  ({ agents, workspaces }) => console.log(`entries and counters written for ${agents} agents in ${workspaces} workspaces`),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
