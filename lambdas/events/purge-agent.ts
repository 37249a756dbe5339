import type { EventBridgeEvent } from 'aws-lambda';
import { purgeAgentItems, purgeAgentObjects } from '../data/agent-purge';
import { logger } from '../shared/logger';
import { observed } from '../shared/observability';

/**
 * On `agent.deleted`: purge what the agent leaves behind, off the request path (API.md: DELETE
 * purges executions, files, schedules and shares asynchronously). The agent's own item stays,
 * soft-deleted, so its id is never reused and `status=deleted` lists still find it.
 */

type Detail = { workspace_id: string; data: { agent_id: string } };

export const handler = observed(async (event: EventBridgeEvent<string, Detail>): Promise<void> => {
  const agent = { workspace_id: event.detail.workspace_id, id: event.detail.data.agent_id };
  const [items, objects] = await Promise.all([purgeAgentItems(agent), purgeAgentObjects(agent)]);
  logger.info('deleted agent purged', { workspace_id: agent.workspace_id, agent_id: agent.id, items, objects });
});
