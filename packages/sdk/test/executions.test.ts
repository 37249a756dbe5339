import type { Execution } from '../src';
import { anOwner } from './support';

const writeTask = (path: string) => `Save it [[tool:files.write {"path":"${path}","content":"hello"}]]`;

describe('executions through the TypeScript client', () => {
  it('executes a task and returns the finished execution', async () => {
    const client = (await anOwner()).client();
    const agent = await client.agents.create({ name: 'Research Assistant', role: 'general-assistant', maturity_level: 'student' });
    const result = await client.agents.execute(agent.id, { task: 'Search for AI papers' });
    expect(result).toMatchObject({ status: 'completed', progress: 100 });
    expect(result.result?.summary).toEqual(expect.any(String));
  });

  it('waits for an async execution, reporting progress until it ends', async () => {
    const client = (await anOwner()).client();
    const agent = await client.agents.create({ name: 'Waiter' });
    const seen: Execution[] = [];
    const done = await client.agents.execute(
      agent.id,
      { task: 'Summarise', mode: 'async' },
      { wait: true, onProgress: (e) => seen.push(e) },
    );
    expect(done.status).toBe('completed');
    expect(seen.at(-1)).toMatchObject({ status: 'completed', progress: 100 });
    expect((await client.executions.get(agent.id, done.id)).status).toBe('completed');
    expect((await client.executions.list(agent.id)).executions.map((e) => e.id)).toEqual([done.id]);
    const iterated: string[] = [];
    for await (const execution of client.executions.iterate(agent.id)) iterated.push(execution.id);
    expect(iterated).toEqual([done.id]);
    expect((await client.executions.feedback(agent.id, done.id, { rating: 5, outcome: 'success' })).feedback.rating).toBe(5);
  });

  it('approves, rejects and cancels executions waiting for approval', async () => {
    const client = (await anOwner()).client();
    const agent = await client.agents.create({ name: 'Careful', maturity_level: 'supervised' });
    const held = () => client.agents.execute(agent.id, { task: writeTask('a.txt'), mode: 'async' }, { wait: true });
    const first = await held();
    expect(first.status).toBe('awaiting_approval');
    await client.executions.approve(agent.id, first.id);
    expect((await client.executions.wait(agent.id, first.id)).status).toBe('completed');
    const second = await held();
    expect((await client.executions.reject(agent.id, second.id, { comment: 'not now' })).status).toMatch(
      /cancelled|failed|in_progress|pending/,
    );
    const third = await held();
    expect((await client.executions.cancel(agent.id, third.id)).status).toBe('cancelled');
  });
});
