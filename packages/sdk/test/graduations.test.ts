import { type AgentPlatform, ConflictError, InvalidRequestError } from '../src';
import { anOwner } from './support';

/** The TypeScript client's graduations, against the local runtime: an agent taken from student to intern. */

jest.setTimeout(120_000);

/** An agent with ten successful runs, each rated 5: eligible for its intern exam. */
const anExperiencedAgent = async (client: AgentPlatform, name: string) => {
  const agent = await client.agents.create({ name: `${name} ${Date.now()}` });
  for (let n = 0; n < 10; n += 1) {
    const run = await client.agents.execute(agent.id, { task: `Summarize the weekly report ${n}` });
    await client.executions.feedback(agent.id, run.execution_id, { rating: 5, outcome: 'success' });
  }
  return agent;
};

const settled = async (client: AgentPlatform, agent: string, graduation: string) => {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    const read = await client.graduations.get(agent, graduation);
    if (read.status !== 'running') return read;
  }
  throw new Error(`graduation ${graduation} was still running after 60 s`);
};

describe('the TypeScript client: graduations', () => {
  it('starts a graduation, reads it to its end, lists it, and refuses a level the agent is not ready for', async () => {
    const client = (await anOwner('team')).client();
    const agent = await anExperiencedAgent(client, 'Graduate');
    const started = await client.graduations.start(agent.id);
    expect(started).toMatchObject({ status: 'running', from_level: 'student', target_level: 'intern' });
    await expect(client.graduations.start(agent.id)).rejects.toMatchObject({ constructor: ConflictError, code: 'GRADUATION_IN_PROGRESS' });
    expect(await settled(client, agent.id, started.id)).toMatchObject({ status: 'passed' });
    expect((await client.agents.get(agent.id)).maturity_level).toBe('intern');
    expect((await client.graduations.list(agent.id)).graduations.map((g) => g.id)).toEqual([started.id]);
    const every = [];
    for await (const graduation of client.graduations.iterate(agent.id, { limit: 1 })) every.push(graduation.id);
    expect(every).toEqual([started.id]);
    await expect(client.graduations.start(agent.id)).rejects.toMatchObject({ constructor: InvalidRequestError, code: 'NOT_ELIGIBLE' });
  });

  it('cancels a running graduation', async () => {
    const client = (await anOwner('team')).client();
    const agent = await anExperiencedAgent(client, 'Dropout');
    const started = await client.graduations.start(agent.id);
    expect(await client.graduations.cancel(agent.id, started.id)).toMatchObject({ id: started.id, status: 'cancelled' });
    expect((await client.agents.get(agent.id)).maturity_level).toBe('student');
  });
});
