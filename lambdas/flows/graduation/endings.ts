import { resetEpisodesAtLevel } from '../../data/agent-stats';
import { agentEvent } from '../../data/agent-events';
import { findAgent, saveAgent } from '../../data/agents';
import { endGraduation, getGraduation, graduationEnded, releaseLock } from '../../data/graduations';
import type { Agent } from '../../domain/agents/model';
import type { EndedStatus, Graduation, GraduationStep } from '../../domain/graduation/model';
import { retryAfter } from '../../domain/graduation/verdict';
import { Conflict } from '../../domain/errors';
import { retryOnConflict } from '../../shared/retry-conflict';
import { figuresOf } from './figures';

/**
 * The endings of a graduation, each one transaction with the lock's release and applied only to a
 * graduation still running: passed (the agent promoted, its version bumped, its episode count at
 * the new level started again, `agent.graduated` and a log line), failed or error
 * (`graduation.failed` with the task scores and when a retry is accepted) and cancelled.
 */

const SYSTEM_ACTOR = 'system';
const ATTEMPTS = 3;

/** What the ending makes of a step still open: the step that decided it succeeded; the rest were cut short or never ran. */
const closeStep = (step: GraduationStep, status: EndedStatus, at: string): GraduationStep => {
  if (step.status === 'pending') return { ...step, status: 'skipped' };
  if (step.status !== 'running') return step;
  const closed = status === 'error' ? 'failed' : status === 'cancelled' ? 'skipped' : 'succeeded';
  return { ...step, status: closed, ended_at: at };
};

const ended = (
  graduation: Graduation,
  status: EndedStatus,
  changes: Partial<Graduation>,
  now: Date,
): Graduation & { status: EndedStatus } => ({
  ...graduation,
  ...changes,
  status,
  steps: graduation.steps.map((step) => closeStep(step, status, now.toISOString())),
  ended_at: now.toISOString(),
});

const alreadyEnded = (error: unknown) => error instanceof Conflict && error.code === 'INVALID_TRANSITION';

/** Promotes the agent; false when the graduation had already ended (a cancel got there first). */
export const pass = (graduation: Graduation, score: number, reason: string): Promise<boolean> =>
  // Someone changed the agent meanwhile: read it again and promote that.
  retryOnConflict('VERSION_CONFLICT', ATTEMPTS, async () => {
    const agent = await findAgent(graduation.workspace_id, graduation.agent_id);
    if (!agent) return fail(graduation, 'error', 'the agent was deleted during its graduation', score);
    const now = new Date();
    const after: Agent = { ...agent, maturity_level: graduation.target_level, updated_at: now.toISOString(), version: agent.version + 1 };
    const final = ended(graduation, 'passed', { score, reason }, now);
    const data = {
      agent_id: agent.id,
      graduation_id: graduation.id,
      previous_level: agent.maturity_level,
      new_level: graduation.target_level,
      readiness_score: graduation.readiness.score,
    };
    try {
      await saveAgent(agent, after, agent.version, [
        graduationEnded(final),
        releaseLock(agent.id, graduation.id),
        resetEpisodesAtLevel(agent.id, graduation.target_level),
        ...agentEvent('agent.graduated', after, SYSTEM_ACTOR, data, { previous_level: agent.maturity_level }, now),
      ]);
      return true;
    } catch (error) {
      if (alreadyEnded(error)) return false;
      throw error;
    }
  });

/** Ends the graduation failed or in error, `graduation.failed` committing with it; false when it had already ended. */
export const fail = async (
  graduation: Graduation,
  status: 'failed' | 'error',
  reason: string,
  score: number | null = graduation.score,
): Promise<boolean> => {
  const agent = await findAgent(graduation.workspace_id, graduation.agent_id);
  const now = new Date();
  const retry = agent ? retryAfter(now, (await figuresOf(agent, now)).episodes_at_level) : null;
  const final = ended(graduation, status, { score, reason, retry_after: retry }, now);
  const data = {
    agent_id: graduation.agent_id,
    graduation_id: graduation.id,
    target_level: graduation.target_level,
    reason,
    status,
    score,
    task_scores: graduation.exam_tasks.map((t) => ({ index: t.index, kind: t.kind, score: t.score })),
    retry_after: retry,
  };
  const event = agent ? agentEvent('graduation.failed', agent, SYSTEM_ACTOR, data, { reason }, now) : [];
  return endGraduation(final, event);
};

export const cancel = (graduation: Graduation, by: string): Promise<boolean> =>
  endGraduation(ended(graduation, 'cancelled', { reason: `cancelled by ${by}` }, new Date()));

/** The graduation as stored now; the flow's steps read it again rather than trust their input. */
export const currentGraduation = async (agentId: string, graduationId: string): Promise<Graduation> => {
  const graduation = await getGraduation(agentId, graduationId);
  if (!graduation) throw new Error(`graduation ${graduationId} of agent ${agentId} does not exist`);
  return graduation;
};
