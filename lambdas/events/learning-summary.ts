import type { EventBridgeEvent } from 'aws-lambda';
import { putLearningSummary, recentEpisodes } from '../data/learning';
import { summarizeEpisodes } from '../domain/learning/summary';
import { logger } from '../shared/logger';
import { observed } from '../shared/observability';

/**
 * On a finished run or a rating: mine the agent's recent episodes again into its learning summary,
 * off the request path, so `GET …/training` is two reads (API.md "Learning and graduation").
 */

type Detail = { workspace_id: string; data: { agent_id: string } };

export const handler = observed(async (event: EventBridgeEvent<string, Detail>): Promise<void> => {
  const agentId = event.detail.data.agent_id;
  const summary = summarizeEpisodes(await recentEpisodes(agentId), new Date());
  await putLearningSummary(agentId, summary);
  logger.info('learning summary refreshed', {
    workspace_id: event.detail.workspace_id,
    agent_id: agentId,
    episodes: summary.recent.episodes,
    patterns: summary.patterns.length,
  });
});
