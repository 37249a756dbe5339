import { findAgent } from '../../data/agents';
import { getGraduationForExam, recordExamTasks, recordStep } from '../../data/graduations';
import { recentEpisodes } from '../../data/learning';
import { toolCatalog } from '../../domain/executions/tools';
import { DEFAULT_EXAM_TASKS } from '../../domain/graduation/exam';
import { examTasks, governanceProbes, sampleFromEpisodes } from '../../domain/graduation/exam-choice';
import { contextFor } from '../execution/agent-context';
import { fail } from './endings';
import type { ExamTaskInput, GraduationFlowInput } from './flow-state';

/**
 * Chooses the exam (domain/graduation/exam-choice.ts) from what the graduation started with (no
 * second read of the exam set), writes it to the graduation and answers one Map item per task.
 * Without any task to sit, the graduation fails and the Map has nothing to run.
 */
export const handler = async (input: GraduationFlowInput): Promise<GraduationFlowInput & { tasks: ExamTaskInput[] }> => {
  const { agent_id: agentId, graduation_id: graduationId } = input;
  await recordStep(agentId, graduationId, 'prepare_exam', { status: 'running', started_at: new Date().toISOString() });
  const stored = await getGraduationForExam(agentId, graduationId);
  if (!stored) throw new Error(`graduation ${graduationId} of agent ${agentId} does not exist`);
  const { graduation, examSetTasks } = stored;
  const agent = await findAgent(input.workspace_id, agentId);
  if (!agent) {
    await fail(graduation, 'error', 'the agent was deleted before its exam');
    return { ...input, tasks: [] };
  }
  // The workspace's exam set as it was when the graduation started (begin.ts), else a sample of the agent's episodes.
  const chosen = examSetTasks ?? sampleFromEpisodes(await recentEpisodes(agentId), DEFAULT_EXAM_TASKS, graduationId);
  const probes = governanceProbes(toolCatalog((await contextFor(agent)).tools), graduation.target_level);
  const tasks = examTasks([...chosen, ...probes]);
  if (tasks.length === 0) {
    await fail(
      graduation,
      'failed',
      `nothing to examine: the workspace has no exam set for ${graduation.target_level} and the agent has no successful episodes to sample`,
    );
    return { ...input, tasks: [] };
  }
  await recordExamTasks(agentId, graduationId, tasks);
  const now = new Date().toISOString();
  await recordStep(agentId, graduationId, 'prepare_exam', { status: 'succeeded', ended_at: now });
  await recordStep(agentId, graduationId, 'exam', { status: 'running', started_at: now });
  return { ...input, tasks: tasks.map((t) => ({ ...input, index: t.index })) };
};
