import { getAgentStats } from '../../data/agent-stats';
import type { Agent } from '../../domain/agents/model';
import { learningFigures, type LearningFigures } from '../../domain/learning/aggregates';

/** The agent's learning figures now: one read of its statistics aggregate. */
export const figuresOf = async (agent: Pick<Agent, 'id' | 'maturity_level'>, now = new Date()): Promise<LearningFigures> =>
  learningFigures(await getAgentStats(agent.id), agent.maturity_level, now);
