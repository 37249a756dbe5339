import { ConflictError } from '../src';
import { anOwner } from './support';

describe('the TypeScript client: training', () => {
  it('reads the training read-out, and applies and reverts a suggested adaptation', async () => {
    const client = (await anOwner('team')).client();
    const agent = await client.agents.create({ name: `Learner ${Date.now()}` });
    for (let i = 0; i < 3; i += 1) await client.agents.execute(agent.id, { task: `Reconcile ledger ${i}` });
    let training = await client.training.get(agent.id);
    for (const deadline = Date.now() + 15_000; training.adaptations_available.length === 0 && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 100));
      training = await client.training.get(agent.id);
    }
    expect(training.learning_statistics).toMatchObject({ total_experiences: 3, successful_experiences: 3 });
    const [suggested] = training.adaptations_available;
    if (!suggested) throw new Error('no adaptation was suggested');
    await expect(client.training.applyAdaptation(agent.id, suggested.id, { ifMatch: 0 })).rejects.toMatchObject({
      constructor: ConflictError,
      status: 412,
    });
    const applied = await client.training.applyAdaptation(agent.id, suggested.id);
    expect(applied.adaptation.status).toBe('applied');
    expect((await client.training.listAdaptations(agent.id, { status: 'applied' })).map((a) => a.id)).toEqual([suggested.id]);
    const reverted = await client.training.revertAdaptation(agent.id, suggested.id, { ifMatch: applied.agent.version });
    expect(reverted.agent).toMatchObject({ system_prompt: agent.system_prompt, version: applied.agent.version + 1 });
  });
});
