import { accessOf } from '../../data/agent-access';
import { findAgent } from '../../data/agents';
import { outboxPut } from '../../data/outbox';
import { disableSchedule, getSchedule } from '../../data/schedules';
import { countRequest } from '../../data/usage';
import { getMember, getWorkspace } from '../../data/workspaces';
import { creatorVerdict, type FiringVerdict, quotaVerdict } from '../../domain/executions/firing';
import type { FiringEvent, Schedule } from '../../domain/executions/schedule';
import { RUNNABLE_STATUSES } from '../../domain/executions/submit';
import { DomainError } from '../../domain/errors';
import { logger } from '../../shared/logger';
import { deleteAgentSchedule, disableAgentSchedule } from '../../adapters/scheduler';
import { startExecution } from '../../use-cases/executions/start';
import { observed } from '../../shared/observability';

/**
 * One firing of an agent's schedule: starts its execution, once however often the firing is
 * delivered (the execution is written with a marker keyed by schedule and due time). A schedule
 * whose agent or item is gone (a deleted agent's purge) removes itself from the scheduler. Every
 * firing checks its creator's membership and access again and counts as a request of the
 * workspace; a creator gone or the day's quota spent disables the schedule.
 */

const verdictOf = async (schedule: Schedule, now: Date): Promise<FiringVerdict> => {
  const [member, entry] = await Promise.all([
    getMember(schedule.workspace_id, schedule.created_by_email),
    accessOf(schedule.agent_id, schedule.created_by_email),
  ]);
  const creator = creatorVerdict(member?.role ?? null, entry);
  if (!creator.fire) return creator;
  const [workspace, counts] = await Promise.all([getWorkspace(schedule.workspace_id), countRequest(schedule.workspace_id, now)]);
  return quotaVerdict(workspace?.tier ?? 'free', counts, now);
};

const stop = async (schedule: Schedule, reason: string): Promise<void> => {
  const disabled = outboxPut('schedule.disabled', schedule.workspace_id, {
    schedule_id: schedule.id,
    agent_id: schedule.agent_id,
    created_by: schedule.created_by,
    reason,
  });
  if (!(await disableSchedule(schedule.agent_id, schedule.id, [disabled]))) return;
  await disableAgentSchedule(schedule);
  logger.warn('schedule disabled', { schedule_id: schedule.id, reason });
};

export const handler = observed(async (event: FiringEvent): Promise<{ execution_id: string | null }> => {
  const [schedule, agent] = await Promise.all([
    getSchedule(event.agent_id, event.schedule_id),
    findAgent(event.workspace_id, event.agent_id),
  ]);
  if (!schedule || !agent) {
    await deleteAgentSchedule(event.schedule_id);
    logger.info('orphaned schedule removed', { schedule_id: event.schedule_id, agent_id: event.agent_id });
    return { execution_id: null };
  }
  if (!schedule.enabled || !RUNNABLE_STATUSES.includes(agent.status)) {
    logger.info('schedule firing skipped', { schedule_id: schedule.id, enabled: schedule.enabled, agent_status: agent.status });
    return { execution_id: null };
  }
  const verdict = await verdictOf(schedule, new Date());
  if (!verdict.fire) {
    if (verdict.stop) await stop(schedule, verdict.reason);
    else logger.info('schedule firing skipped', { schedule_id: schedule.id, reason: verdict.reason });
    return { execution_id: null };
  }
  try {
    const execution = await startExecution(
      agent,
      { task: schedule.task, context: schedule.context, parameters: schedule.parameters, mode: 'async' },
      {
        requestedBy: schedule.created_by,
        source: { type: 'schedule', schedule_id: schedule.id, fire_time: event.scheduled_time },
        firing: { scheduleId: schedule.id, fireTime: event.scheduled_time },
      },
    );
    return { execution_id: execution.id };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // A firing delivered again after it started its run: that run is the answer.
    if (error.code === 'ALREADY_FIRED') return { execution_id: String(error.details?.[0]?.execution_id ?? '') || null };
    if (error.code === 'BUDGET_EXCEEDED') await stop(schedule, 'budget_exceeded');
    // At the concurrency cap the firing is refused as an API call would be (429), and skipped.
    else if (error.code !== 'CONCURRENCY_LIMIT') throw error;
    logger.info('schedule firing refused', { schedule_id: schedule.id, code: error.code });
    return { execution_id: null };
  }
});
