/** The platform's event names (API.md "Events and webhooks"); no side effects, so CDK can import it too. */

export const EVENT_SOURCE = 'agent-platform';

export type PlatformEvent =
  | 'agent.created'
  | 'agent.updated'
  | 'agent.deleted'
  | 'agent.started'
  | 'agent.stopped'
  | 'agent.renamed'
  | 'agent.executed'
  | 'execution.failed'
  | 'execution.awaiting_approval'
  | 'agent.graduated'
  | 'graduation.failed'
  | 'plugin.assigned'
  | 'workspace.member_added'
  /** A schedule stopped itself at a firing: its creator left or lost access, or the workspace is over quota. */
  | 'schedule.disabled'
  /** Platform-internal: keep the workspace's API Gateway usage key on its tier's plan. */
  | 'workspace.created'
  | 'workspace.tier_changed';

/** What the usage-key sync listens to. */
export const USAGE_KEY_EVENTS: readonly PlatformEvent[] = ['workspace.created', 'workspace.tier_changed'];
