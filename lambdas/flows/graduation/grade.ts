import { recordStep } from '../../data/graduations';
import { examVerdict } from '../../domain/graduation/verdict';
import { currentGraduation, fail, pass } from './endings';
import type { GraduationFlowInput } from './flow-state';

/** The exam's verdict (domain/graduation/verdict.ts), then the ending that commits it: promotion or failure. */
export const handler = async (input: GraduationFlowInput): Promise<GraduationFlowInput & { status: string }> => {
  const { agent_id: agentId, graduation_id: graduationId } = input;
  const now = new Date().toISOString();
  await recordStep(agentId, graduationId, 'exam', { status: 'succeeded', ended_at: now });
  await recordStep(agentId, graduationId, 'grade', { status: 'running', started_at: now });
  const graduation = await currentGraduation(agentId, graduationId);
  if (graduation.status !== 'running') return { ...input, status: graduation.status };
  const verdict = examVerdict(graduation.exam_tasks, graduation.pass_mark);
  const recorded = verdict.passed
    ? await pass(graduation, verdict.score, verdict.reason)
    : await fail(graduation, 'failed', verdict.reason, verdict.score);
  return { ...input, status: recorded ? (verdict.passed ? 'passed' : 'failed') : (await currentGraduation(agentId, graduationId)).status };
};
