import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { backfillAgentValues } from '../../../lambdas/data/agent-values-backfill';
import { agentItem, createAgent, findAgent } from '../../../lambdas/data/agents';
import * as references from '../../../lambdas/data/references';
import { slugLockKey } from '../../../lambdas/data/keys';
import { ddb, tableName } from '../../../lambdas/data/table';
import type { Agent } from '../../../lambdas/domain/agents/model';
import { newAgent } from '../../../lambdas/domain/agents/plan';
import { newId } from '../../../lambdas/domain/ids';
import { updateAgent } from '../../../lambdas/use-cases/agents/update';
import { api } from '../../support/api-client';
import { aPrincipal } from '../../support/events';
import { aUser, aWorkspace, type TestUser } from '../../support/fixtures';

/**
 * An agent's persona and the persona's delete are checked against each other inside their own
 * transactions: whichever commits second sees the first, so no live agent names a deleted persona.
 */

// In this file the early check always passes, as when the persona goes between it and the transaction.
jest.mock('../../../lambdas/data/references', () => ({
  ...jest.requireActual('../../../lambdas/data/references'),
  assertPersonaExists: jest.fn(async () => undefined),
}));

let owner: TestUser;
let ws: string;

beforeAll(async () => {
  owner = await aUser('persona-refs');
  ws = await aWorkspace(owner);
});

const aPersona = async (): Promise<string> => {
  const res = await api.post('/api/personas', { name: 'Referenced', system_prompt: 'You are referenced.' }, { token: owner.token });
  expect(res.status).toBe(201);
  return res.body.data.persona.id;
};

const ownerPrincipal = () => aPrincipal({ user_id: 'user_persona_refs', email: owner.email, workspace_id: ws });

const planned = (name: string, personaId: string | null): Agent =>
  newAgent(
    { name, persona_id: personaId },
    {
      id: newId('agent'),
      workspaceId: ws,
      creator: { user_id: 'user_persona_refs', email: owner.email },
      now: new Date().toISOString(),
      defaults: { llm_provider: 'local', llm_model: 'local-deterministic' },
    },
  );

describe("an agent's persona, checked in the agent's own transaction", () => {
  it('refuses to store a new agent naming a persona deleted after the early check', async () => {
    const personaId = await aPersona();
    expect((await api.delete(`/api/personas/${personaId}`, { token: owner.token })).status).toBe(200);
    const agent = planned(`Late ${Date.now()}`, personaId);
    await expect(createAgent(agent, null, [])).rejects.toMatchObject({ code: 'PERSONA_NOT_FOUND' });
    expect(await findAgent(ws, agent.id)).toBeNull();
  });

  it('refuses to move an agent to a persona deleted after the early check, and leaves the agent as it was', async () => {
    const agent = planned(`Mover ${Date.now()}`, null);
    await createAgent(agent, null, []);
    const personaId = await aPersona();
    expect((await api.delete(`/api/personas/${personaId}`, { token: owner.token })).status).toBe(200);
    await expect(updateAgent(ownerPrincipal(), agent.id, undefined, { changes: { persona_id: personaId } })).rejects.toMatchObject({
      code: 'PERSONA_NOT_FOUND',
    });
    expect(references.assertPersonaExists).toHaveBeenCalledWith(ws, personaId);
    expect((await findAgent(ws, agent.id))?.persona_id).toBeNull();
  });
});

describe("a persona's delete, checked against its users in its own transaction", () => {
  it('is refused for a persona an agent took after the delete read it, naming the agent', async () => {
    const personaId = await aPersona();
    const agent = planned(`Taker ${Date.now()}`, personaId);
    await createAgent(agent, null, []);
    const refused = await api.delete(`/api/personas/${personaId}`, { token: owner.token });
    expect(refused.body.error).toMatchObject({ code: 'PERSONA_IN_USE', details: [{ agent_id: agent.id, slug: agent.slug }] });
    expect((await api.get(`/api/personas/${personaId}`, { token: owner.token })).status).toBe(200);
  });

  it('protects a persona that agents stored before its entries existed use, once the backfill has run', async () => {
    const personaId = await aPersona();
    const legacy = planned(`Legacy user ${Date.now()}`, personaId);
    await ddb.send(
      new BatchWriteCommand({
        RequestItems: {
          [tableName]: [agentItem(legacy), { ...slugLockKey(ws, legacy.slug), agent_id: legacy.id }].map((Item) => ({
            PutRequest: { Item },
          })),
        },
      }),
    );
    await backfillAgentValues(ws);
    const refused = await api.delete(`/api/personas/${personaId}`, { token: owner.token });
    expect(refused.body.error).toMatchObject({ code: 'PERSONA_IN_USE', details: [{ agent_id: legacy.id }] });
  });
});
