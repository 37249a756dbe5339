import type { z } from 'zod';
import { type Decision, decideHeldStep } from '../../executions/control';
import { answerHeldStep } from '../../executions/state-machine';
import type { Principal } from '../../shared/principal';
import { ok, type Reply } from '../../shared/reply';
import { loadAgentFor } from '../agents/access';
import { executionOf } from './access';
import type { decisionBody } from './schemas';
import { executionView } from './views';

/** Approve and reject alike: manage rights (workspace owners and admins, the agent's owner and admins). */
export const decide = async (principal: Principal, params: { agent: string; execution: string }, body: z.infer<typeof decisionBody>, decision: Decision): Promise<Reply> => {
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  const execution = await executionOf(agent, params.execution);
  return ok(executionView(await decideHeldStep(execution, decision, principal.user_id, body.comment ?? null, answerHeldStep)));
};
