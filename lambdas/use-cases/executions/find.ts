import { executionNotFound, getExecution } from '../../data/executions';
import type { Agent } from '../../domain/agents/model';
import type { Execution } from '../../domain/executions/model';

/** An agent's execution, 404 when it has none by that id (a foreign one included). */
export const executionOf = async (agent: Pick<Agent, 'id'>, executionId: string): Promise<Execution> => {
  const execution = await getExecution(agent.id, executionId);
  if (!execution) throw executionNotFound(executionId);
  return execution;
};
