import { api } from '../../support/api-client';
import { aUser, aWorkspace, type TestUser } from '../../support/fixtures';
import { type LocalEvent, localEvents, waitForEvents } from '../../support/local-events';
import { waitUntil } from '../../support/wait-until';
import { anAgent, execute, type TestAgent } from '../executions/helpers';

/** Demotion by governance: 3 violations at an agent's level within 7 days lower it one level, once. */

/** Three synchronous runs and an off-path demotion: more than the default 30 s on a busy machine. */
const RUNS_TIMEOUT_MS = 90_000;

const VIOLATING_TASK = 'Save it [[tool:files.write {"path":"out.txt","content":"x"}]]';

const violate = async (owner: TestUser, agent: TestAgent, times: number) => {
  for (let i = 0; i < times; i += 1) {
    const res = await execute(agent, { task: VIOLATING_TASK }, { token: owner.token });
    if (res.body.error?.code !== 'GOVERNANCE_VIOLATION')
      throw new Error(`expected a governance violation, got ${res.status}: ${JSON.stringify(res.body)}`);
  }
};

const demotedEvents = (events: LocalEvent[], agentId: string) =>
  events.filter((e) => e['detail-type'] === 'agent.demoted' && e.detail.data.agent_id === agentId);

const agentWhen = (owner: TestUser, agent: TestAgent, level: string) =>
  waitUntil(
    () => api.get(`/api/agents/${agent.id}`, { token: owner.token }),
    (res) => res.body.data.agent.maturity_level === level,
  );

describe('demotion by governance', () => {
  let owner: TestUser;

  beforeAll(async () => {
    owner = await aUser('demoted');
    await aWorkspace(owner);
  });

  it(
    'demotes an intern to student at its third violation, in one change with its log line and agent.demoted',
    async () => {
      const agent = await anAgent(owner, { maturity_level: 'intern' });
      await violate(owner, agent, 3);
      const after = await agentWhen(owner, agent, 'student');
      expect(after.body.data.agent).toMatchObject({ maturity_level: 'student', version: 2 });
      expect(after.headers.get('etag')).toBe('"2"');

      const [event, ...more] = await waitForEvents((e) => demotedEvents([e], agent.id).length > 0, 1);
      expect(more).toEqual([]);
      expect(event?.detail.data).toEqual({
        agent_id: agent.id,
        previous_level: 'intern',
        new_level: 'student',
        reason: '3 governance violations at intern within 7 days',
        violations: 3,
        window: { days: 7, since: expect.any(String) },
      });

      const logs = await api.get(`/api/agents/${agent.id}/logs`, { token: owner.token });
      expect(logs.body.data.logs).toContainEqual(
        expect.objectContaining({
          level: 'warn',
          event: 'agent.demoted',
          message: 'demoted to student: 3 governance violations at intern within 7 days',
          actor: 'governance',
        }),
      );
    },
    RUNS_TIMEOUT_MS,
  );

  it(
    'demotes once: the violations behind a demotion do not count at the lower level, even when their events come again',
    async () => {
      // Read-only agents may not take create steps at any level: a supervised one breaks the rule with files.write.
      const agent = await anAgent(owner, { maturity_level: 'supervised', read_only_enabled: true });
      await violate(owner, agent, 3);
      await agentWhen(owner, agent, 'intern');

      const failed = (await localEvents()).filter((e) => e['detail-type'] === 'execution.failed' && e.detail.data.agent_id === agent.id);
      expect(failed).toHaveLength(3);
      const { handler } = await import('../../../lambdas/events/governance-demotion');
      for (const redelivered of failed) {
        await handler({
          source: redelivered.source,
          'detail-type': redelivered['detail-type'],
          detail: redelivered.detail,
        } as unknown as Parameters<typeof handler>[0]);
      }

      const now = await api.get(`/api/agents/${agent.id}`, { token: owner.token });
      expect(now.body.data.agent).toMatchObject({ maturity_level: 'intern', version: 2 });
      expect(demotedEvents(await localEvents(), agent.id)).toHaveLength(1);
    },
    RUNS_TIMEOUT_MS,
  );
});
