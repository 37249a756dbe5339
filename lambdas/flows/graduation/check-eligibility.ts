import { findAgent } from '../../data/agents';
import { recordStep } from '../../data/graduations';
import { readiness } from '../../domain/learning/readiness';
import { currentGraduation, fail } from './endings';
import { figuresOf } from './figures';
import type { GraduationFlowInput } from './flow-state';

/**
 * The flow's first step: readiness checked again, since figures move between the request and the
 * run. An agent no longer eligible (or no longer at the level it started from) ends the graduation
 * `failed`, and the flow ends.
 */
export const handler = async (input: GraduationFlowInput): Promise<GraduationFlowInput & { eligible: boolean }> => {
  const graduation = await currentGraduation(input.agent_id, input.graduation_id);
  if (graduation.status !== 'running') return { ...input, eligible: false };
  await recordStep(input.agent_id, input.graduation_id, 'check_eligibility', { status: 'running', started_at: new Date().toISOString() });
  const agent = await findAgent(input.workspace_id, input.agent_id);
  const running = await currentGraduation(input.agent_id, input.graduation_id);
  if (!agent) {
    await fail(running, 'error', 'the agent was deleted before its exam');
    return { ...input, eligible: false };
  }
  if (agent.maturity_level !== graduation.from_level) {
    await fail(running, 'failed', `the agent is ${agent.maturity_level} now, no longer ${graduation.from_level}`);
    return { ...input, eligible: false };
  }
  const now = readiness(await figuresOf(agent), graduation.target_level);
  if (!now.eligible) {
    await fail(
      running,
      'failed',
      `no longer eligible for ${graduation.target_level}: ${now.unmet.join(', ')} not met (readiness ${now.score})`,
    );
    return { ...input, eligible: false };
  }
  await recordStep(input.agent_id, input.graduation_id, 'check_eligibility', { status: 'succeeded', ended_at: new Date().toISOString() });
  return { ...input, eligible: true };
};
