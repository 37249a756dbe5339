import { findAgent } from '../data/agents';
import { getSchedule } from '../data/schedules';
import type { FiringEvent } from '../domain/executions/schedule';
import { RUNNABLE_STATUSES } from '../domain/executions/submit';
import { ApiError } from '../shared/errors';
import { logger } from '../shared/logger';
import { deleteAgentSchedule } from './scheduler';
import { startExecution } from './start';

/**
 * One firing of an agent's schedule: starts its execution, once however often the firing is
 * delivered (the execution is written with a marker keyed by schedule and due time). A schedule
 * whose agent or item is gone (a deleted agent's purge) removes itself from the scheduler.
 */
export const handler = async (event: FiringEvent): Promise<{ execution_id: string | null }> => {
  const [schedule, agent] = await Promise.all([getSchedule(event.agent_id, event.schedule_id), findAgent(event.workspace_id, event.agent_id)]);
  if (!schedule || !agent) {
    await deleteAgentSchedule(event.schedule_id);
    logger.info('orphaned schedule removed', { schedule_id: event.schedule_id, agent_id: event.agent_id });
    return { execution_id: null };
  }
  if (!schedule.enabled || !RUNNABLE_STATUSES.includes(agent.status)) {
    logger.info('schedule firing skipped', { schedule_id: schedule.id, enabled: schedule.enabled, agent_status: agent.status });
    return { execution_id: null };
  }
  try {
    const execution = await startExecution(
      agent,
      { task: schedule.task, context: schedule.context, parameters: schedule.parameters, mode: 'async' },
      {
        requestedBy: schedule.created_by,
        source: { type: 'schedule', schedule_id: schedule.id, fire_time: event.scheduled_time },
        tier: null,
        firing: { scheduleId: schedule.id, fireTime: event.scheduled_time },
      },
    );
    return { execution_id: execution.id };
  } catch (error) {
    // A firing delivered again after it started its run: that run is the answer.
    if (error instanceof ApiError && error.code === 'ALREADY_FIRED') return { execution_id: String(error.details?.[0]?.execution_id ?? '') || null };
    throw error;
  }
};
