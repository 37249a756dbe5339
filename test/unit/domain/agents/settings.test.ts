import { newAgent } from '../../../../lambdas/domain/agents/plan';
import { settingsOf, withSettings } from '../../../../lambdas/domain/agents/settings';

const now = '2026-01-15T10:30:00.000Z';
const agent = newAgent(
  { name: 'Ledger', configuration: { temperature: 0.7, max_tokens: 2000, top_p: 0.9 } },
  {
    id: 'agent_01HZZZZZZZZZZZZZZZZZZZZZZZ',
    workspaceId: 'ws_01HZZZZZZZZZZZZZZZZZZZZZZZ',
    creator: { user_id: 'u1', email: 'a@example.com' },
    now,
    defaults: { llm_provider: 'local', llm_model: 'local-deterministic' },
  },
);

describe('the LLM settings of an agent', () => {
  it('are the provider and model with the temperature and token limit of its configuration', () => {
    expect(settingsOf(agent)).toEqual({ llm_provider: 'local', llm_model: 'local-deterministic', llm_temperature: 0.7, max_tokens: 2000 });
  });

  it('change only the fields sent, keeping the rest of the configuration', () => {
    const changed = withSettings(agent, { llm_model: 'claude', llm_temperature: 0.2 }, '2026-01-16T00:00:00.000Z');
    expect(changed).toMatchObject({
      llm_model: 'claude',
      configuration: { temperature: 0.2, max_tokens: 2000, top_p: 0.9 },
      version: 2,
      updated_at: '2026-01-16T00:00:00.000Z',
    });
  });

  it('drop an override sent as null, so the provider default applies again', () => {
    const changed = withSettings(agent, { llm_temperature: null, max_tokens: null }, now);
    expect(changed.configuration).toEqual({ top_p: 0.9 });
    expect(settingsOf(changed)).toMatchObject({ llm_temperature: null, max_tokens: null });
  });
});
