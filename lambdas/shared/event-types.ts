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
  | 'workspace.member_added';
