import { getExamSet } from '../../data/exam-sets';
import { latestGraduation, startGraduation } from '../../data/graduations';
import type { Agent } from '../../domain/agents/model';
import { MAX_EXAM_TASKS } from '../../domain/graduation/exam';
import { newGraduation, type Graduation } from '../../domain/graduation/model';
import { passMarkFor } from '../../domain/graduation/pass-mark';
import { mayRetry } from '../../domain/graduation/verdict';
import { newId } from '../../domain/ids';
import { nextLevel, readiness } from '../../domain/learning/readiness';
import { ServiceUnavailable, Unprocessable } from '../../domain/errors';
import { logger } from '../../shared/logger';
import { fail } from './endings';
import { figuresOf } from './figures';
import { startGraduationRun } from '../../adapters/graduation-state-machine';

/**
 * Starting a graduation (API.md "Learning and graduation"): to the next level only, when readiness
 * says the agent is eligible and a failed attempt's wait is over; the graduation and its lock are
 * stored (409 GRADUATION_IN_PROGRESS when one runs), then its run is started. A run that cannot be
 * started ends the graduation `error` and the caller is told to retry.
 */

const START_RETRY_AFTER_SECONDS = 5;

export const beginGraduation = async (agent: Agent, requested: string | undefined, by: string): Promise<Graduation> => {
  const target = nextLevel(agent.maturity_level);
  if (!target)
    throw new Unprocessable(
      'NOT_ELIGIBLE',
      `agent ${agent.slug} is ${agent.maturity_level}, the top level: there is nothing to graduate to`,
      [{ field: 'target_level', issue: 'no next level' }],
    );
  if (requested !== undefined && requested !== target) {
    throw new Unprocessable(
      'NOT_ELIGIBLE',
      `agent ${agent.slug} is ${agent.maturity_level} and may only graduate to ${target}, one level at a time`,
      [{ field: 'target_level', issue: 'not the next level', next_level: target }],
    );
  }
  const now = new Date();
  const figures = await figuresOf(agent, now);
  const ready = readiness(figures, target);
  if (!ready.eligible) {
    throw new Unprocessable('NOT_ELIGIBLE', `agent ${agent.slug} is not yet eligible for ${target}: ${ready.unmet.join(', ')} not met`, [
      {
        field: 'target_level',
        issue: 'not eligible',
        target_level: target,
        readiness_score: ready.score,
        unmet: ready.unmet,
        episodes_until_exam: ready.episodes_until_exam,
        figures,
      },
    ]);
  }
  const latest = await latestGraduation(agent.id);
  if (latest?.status === 'failed' && latest.target_level === target && !mayRetry(latest.retry_after, now, figures.episodes_at_level)) {
    throw new Unprocessable(
      'NOT_ELIGIBLE',
      `graduation ${latest.id} failed; retry from ${latest.retry_after?.date} or after ` +
        `${latest.retry_after?.episodes} episodes at ${agent.maturity_level}, whichever comes first`,
      [{ field: 'target_level', issue: 'retry too soon', graduation_id: latest.id, retry_after: latest.retry_after }],
    );
  }
  // The set is read once: its pass mark now, its tasks kept with the graduation for PrepareExam.
  const set = await getExamSet(agent.workspace_id, target);
  const graduation = newGraduation({
    id: newId('grad'),
    agent,
    readiness: ready,
    passMark: passMarkFor(target, set),
    by,
    now: now.toISOString(),
  });
  await startGraduation(graduation, set && set.tasks.length > 0 ? set.tasks.slice(0, MAX_EXAM_TASKS) : null);
  try {
    await startGraduationRun({ workspace_id: agent.workspace_id, agent_id: agent.id, graduation_id: graduation.id });
  } catch (error) {
    logger.error('the graduation state machine did not start', { graduation_id: graduation.id, error: (error as Error).message });
    await fail(graduation, 'error', 'the graduation could not be started; start it again');
    throw new ServiceUnavailable(
      `graduation ${graduation.id} could not be started and was recorded in error; start it again shortly`,
      START_RETRY_AFTER_SECONDS,
    );
  }
  return graduation;
};
