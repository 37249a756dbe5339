import type { EventBridgeEvent } from 'aws-lambda';
import { agentEvent } from '../data/agent-events';
import { resetEpisodesAtLevel } from '../data/agent-stats';
import { findAgent, saveAgent } from '../data/agents';
import { violationsSince } from '../data/governance-violations';
import { demotionFor, demotionWindowStart } from '../domain/graduation/demotion';
import { governanceDemotion } from '../domain/tiers';
import type { EventData } from '../shared/event-types';
import { logger } from '../shared/logger';
import { retryOnConflict } from '../shared/retry-conflict';

/**
 * On a run that governance stopped: demote its agent when that makes K violations at its level within
 * the window (domain/graduation/demotion.ts), off the request path. The level, the version bump, the
 * reset of the new level's episode count, the log line and `agent.demoted` commit in one transaction
 * under the agent's version. Idempotent: a redelivered event, or two violations' events at once, decide
 * again on the agent as it now is, whose violations at its new level are not the ones that demoted it.
 */

type Detail = { workspace_id: string; data: EventData<'execution.failed'> };

const ATTEMPTS = 3;
/** Who the log line names: the platform's rule, not a person. */
const ACTOR = 'governance';

const demoteIfDue = async (workspaceId: string, agentId: string): Promise<void> => {
  const agent = await findAgent(workspaceId, agentId);
  if (!agent || agent.maturity_level === 'student') return;
  const now = new Date();
  const violations = await violationsSince(agent.id, agent.maturity_level, demotionWindowStart(now), governanceDemotion.violations);
  const demotion = demotionFor(agent.maturity_level, violations, now);
  if (!demotion) return;
  const after = { ...agent, maturity_level: demotion.new_level, updated_at: now.toISOString(), version: agent.version + 1 };
  const data = {
    agent_id: agent.id,
    previous_level: demotion.previous_level,
    new_level: demotion.new_level,
    reason: demotion.reason,
    violations: demotion.violations,
    window: { days: demotion.window_days, since: demotion.since },
  };
  await saveAgent(agent, after, agent.version, [
    resetEpisodesAtLevel(agent.id, demotion.new_level),
    ...agentEvent('agent.demoted', after, ACTOR, data, { reason: demotion.reason }, now),
  ]);
  logger.info('agent demoted by governance', { workspace_id: workspaceId, ...data });
};

export const handler = async (event: EventBridgeEvent<string, Detail>): Promise<void> => {
  const { workspace_id: workspaceId, data } = event.detail;
  if (data.error?.code !== 'GOVERNANCE_VIOLATION') return;
  // Another change of the agent got there first: decide again on the agent as it now is.
  await retryOnConflict('VERSION_CONFLICT', ATTEMPTS, () => demoteIfDue(workspaceId, data.agent_id));
};
