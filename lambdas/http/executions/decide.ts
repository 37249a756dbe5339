import type { z } from 'zod';
import { getApiKey } from '../../data/api-keys';
import { getWorkspace } from '../../data/workspaces';
import { assertPersonDecides, assertSecondPerson } from '../../domain/executions/approval-rights';
import type { Execution } from '../../domain/executions/model';
import { type Decision, decideHeldStep } from '../../executions/control';
import { answerHeldStep } from '../../executions/state-machine';
import type { Principal } from '../../shared/principal';
import { ok, type Reply } from '../../shared/reply';
import { loadAgentFor } from '../../use-cases/agents/authorize';
import { executionOf } from '../../use-cases/executions/find';
import type { decisionBody } from './schemas';
import { executionView } from './views';

/**
 * Approve and reject alike: a person (never an API key) with manage rights (workspace owners and
 * admins, the agent's owner and admins); with four-eyes approval on, not the one who asked for the run.
 */
export const decide = async (
  principal: Principal,
  params: { agent: string; execution: string },
  body: z.infer<typeof decisionBody>,
  decision: Decision,
): Promise<Reply> => {
  assertPersonDecides(principal);
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  const execution = await executionOf(agent, params.execution);
  if (decision === 'approved' && (await getWorkspace(agent.workspace_id))?.four_eyes_approval) {
    assertSecondPerson(principal, await requestersOf(execution));
  }
  return ok(executionView(await decideHeldStep(execution, decision, principal.user_id, body.comment ?? null, answerHeldStep)));
};

/** A run started with an API key was asked for by the key and by the person who created it. */
const requestersOf = async (execution: Execution): Promise<string[] | null> => {
  if (!execution.requested_by.startsWith('key_')) return [execution.requested_by];
  const key = await getApiKey(execution.workspace_id, execution.requested_by);
  return key ? [key.id, key.created_by] : null;
};
