import { agentLogLine } from '../../../../lambdas/domain/agents/log-lines';
import { newAgent } from '../../../../lambdas/domain/agents/plan';

const at = '2026-01-15T10:30:00.000Z';
const agent = newAgent(
  { name: 'Ledger' },
  {
    id: 'agent_01HZZZZZZZZZZZZZZZZZZZZZZZ',
    workspaceId: 'ws_01HZZZZZZZZZZZZZZZZZZZZZZZ',
    creator: { user_id: 'u1', email: 'a@example.com' },
    now: at,
    defaults: { llm_provider: 'local', llm_model: 'm' },
  },
);

describe('the log line of an agent event', () => {
  it('names the fields a change touched, and who made it', () => {
    expect(agentLogLine('agent.updated', agent, 'u1', { changed: ['autonomy_enabled'] }, at)).toEqual({
      at,
      level: 'info',
      event: 'agent.updated',
      message: 'changed autonomy_enabled',
      actor: 'u1',
    });
  });

  it('says so when an update changed nothing', () => {
    expect(agentLogLine('agent.updated', agent, 'u1', { changed: [] }, at)?.message).toBe('saved without changes');
  });

  it('names the previous slug of a rename, and warns of a delete', () => {
    expect(agentLogLine('agent.renamed', agent, 'u1', { previous_slug: 'old' }, at)?.message).toBe('renamed from old to ledger');
    expect(agentLogLine('agent.deleted', agent, 'u1', {}, at)?.level).toBe('warn');
  });

  it('is none for events that are not about one agent', () => {
    expect(agentLogLine('workspace.created', agent, 'u1', {}, at)).toBeNull();
  });
});
