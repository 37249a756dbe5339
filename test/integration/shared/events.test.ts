import { publish } from '../../../lambdas/shared/events';

describe('publish', () => {
  it('puts the event on the platform bus with the detail shape of API.md', async () => {
    const workspaceId = `ws_${crypto.randomUUID()}`;
    await publish('agent.created', workspaceId, { agent_id: 'agent_1' });
    const res = await fetch(`${process.env.API_URL}/local/events`);
    const { data } = (await res.json()) as { data: { events: { source: string; 'detail-type': string; detail: Record<string, unknown> }[] } };
    const event = data.events.find((e) => e.detail.workspace_id === workspaceId);
    expect(event).toMatchObject({
      source: 'agent-platform',
      'detail-type': 'agent.created',
      detail: { event: 'agent.created', workspace_id: workspaceId, data: { agent_id: 'agent_1' }, timestamp: expect.any(String) },
    });
  });
});
