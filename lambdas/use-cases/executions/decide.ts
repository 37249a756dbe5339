import { getApiKey } from '../../data/api-keys';
import { getWorkspace } from '../../data/workspaces';
import { assertPersonDecides, assertSecondPerson } from '../../domain/executions/approval-rights';
import type { Execution } from '../../domain/executions/model';
import { type Decision, decideHeldStep } from './control';
import { answerHeldStep } from '../../adapters/execution-state-machine';
import type { Principal } from '../../shared/principal';
import { loadAgentFor } from '../agents/authorize';
import { executionOf } from './find';

/**
 * Deciding a held step (approve and reject alike), the primary course:
 * 1. the caller is a person (never an API key) with manage rights on the agent (workspace owners and
 *    admins, the agent's owner and admins), and the execution is the agent's;
 * 2. approving with the workspace's four-eyes approval on: not whoever asked for the run;
 * 3. the decision is recorded and the held run answered (executions/control.ts).
 */
export const decide = async (
  principal: Principal,
  params: { agent: string; execution: string },
  comment: string | null,
  decision: Decision,
): Promise<Execution> => {
  assertPersonDecides(principal);
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  const execution = await executionOf(agent, params.execution);
  if (decision === 'approved' && (await getWorkspace(agent.workspace_id))?.four_eyes_approval) {
    assertSecondPerson(principal, await requestersOf(execution));
  }
  return decideHeldStep(execution, decision, principal.user_id, comment, answerHeldStep);
};

/** A run started with an API key was asked for by the key and by the person who created it. */
const requestersOf = async (execution: Execution): Promise<string[] | null> => {
  if (!execution.requested_by.startsWith('key_')) return [execution.requested_by];
  const key = await getApiKey(execution.workspace_id, execution.requested_by);
  return key ? [key.id, key.created_by] : null;
};
