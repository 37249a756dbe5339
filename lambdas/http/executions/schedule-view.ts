import type { Schedule } from '../../domain/executions/schedule';

export const scheduleView = (s: Schedule) => ({
  id: s.id,
  agent_id: s.agent_id,
  expression: s.expression,
  timezone: s.timezone,
  task: s.task,
  context: s.context,
  parameters: s.parameters,
  enabled: s.enabled,
  created_by: s.created_by,
  created_at: s.created_at,
});
