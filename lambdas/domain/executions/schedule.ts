import { newId } from '../ids';
import { assertTimezone, parseScheduleExpression } from './schedule-expression';

/** An agent's schedule (API.md §2 "Executions": schedules): a task run on a cron or rate expression. */

export interface Schedule {
  id: string;
  workspace_id: string;
  agent_id: string;
  expression: string;
  timezone: string;
  task: string;
  context: Record<string, unknown> | null;
  parameters: Record<string, unknown>;
  enabled: boolean;
  created_by: string;
  /** Whose membership and access every firing checks again (memberships are keyed by email). */
  created_by_email: string;
  created_at: string;
}

export const MAX_SCHEDULES_PER_AGENT = 20;

export interface ScheduleRequest {
  expression: string;
  task: string;
  timezone?: string;
  enabled?: boolean;
  context?: Record<string, unknown> | null;
  parameters?: Record<string, unknown>;
}

/** A new schedule, its expression and time zone checked as EventBridge Scheduler will (400 otherwise). */
export const newSchedule = (
  request: ScheduleRequest,
  context: { workspaceId: string; agentId: string; createdBy: string; createdByEmail: string; now: string },
): Schedule => {
  const timezone = request.timezone ?? 'UTC';
  parseScheduleExpression(request.expression);
  assertTimezone(timezone);
  return {
    id: newId('sch'),
    workspace_id: context.workspaceId,
    agent_id: context.agentId,
    expression: request.expression.trim(),
    timezone,
    task: request.task,
    context: request.context ?? null,
    parameters: request.parameters ?? {},
    enabled: request.enabled ?? true,
    created_by: context.createdBy,
    created_by_email: context.createdByEmail,
    created_at: context.now,
  };
};

/** What a firing hands the function that starts the run; Scheduler fills in the time it was due. */
export interface FiringEvent {
  workspace_id: string;
  agent_id: string;
  schedule_id: string;
  scheduled_time: string;
}

/** EventBridge Scheduler's context attribute for the time a firing was due. */
export const SCHEDULED_TIME_PLACEHOLDER = '<aws.scheduler.scheduled-time>';

export const firingInput = (schedule: Pick<Schedule, 'workspace_id' | 'agent_id' | 'id'>): string =>
  JSON.stringify({
    workspace_id: schedule.workspace_id,
    agent_id: schedule.agent_id,
    schedule_id: schedule.id,
    scheduled_time: SCHEDULED_TIME_PLACEHOLDER,
  });
