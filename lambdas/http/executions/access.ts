import { executionNotFound, getExecution, getExecutionRecord } from '../../data/executions';
import { canExecute } from '../../domain/agents/access';
import type { Agent } from '../../domain/agents/model';
import type { Execution } from '../../domain/executions/model';
import { Forbidden } from '../../shared/errors';
import type { Principal } from '../../shared/principal';
import { loadAgentFor } from '../../use-cases/agents/authorize';

/**
 * Who may do what with an agent's executions: reading needs read access, running, cancelling and
 * rating need use rights (owners, admins, agent admins, `use` shares), deciding held steps and
 * scheduling need manage rights. Foreign agents and executions answer 404.
 */

export const loadAgentToRun = async (principal: Principal, ref: string): Promise<Agent> => {
  const { agent, access } = await loadAgentFor(principal, ref, 'read');
  if (!canExecute(access)) {
    throw new Forbidden(
      `your ${access} access to agent ${agent.slug} does not allow you to run it; ask its owner for use access`,
      'FORBIDDEN',
      [{ field: 'access', issue: 'insufficient', access, needed: 'use' }],
    );
  }
  return agent;
};

export const executionOf = async (agent: Pick<Agent, 'id'>, executionId: string): Promise<Execution> => {
  const execution = await getExecution(agent.id, executionId);
  if (!execution) throw executionNotFound(executionId);
  return execution;
};

/** The execution's item without its steps and bodies: what a change to its feedback needs. */
export const executionRecordOf = async (agent: Pick<Agent, 'id'>, executionId: string): Promise<Execution> => {
  const execution = await getExecutionRecord(agent.id, executionId);
  if (!execution) throw executionNotFound(executionId);
  return execution;
};
