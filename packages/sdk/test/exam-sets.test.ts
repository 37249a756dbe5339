import { AgentPlatform, ConflictError, NotFoundError, PermissionDeniedError } from '../src';
import { anOwner } from './support';

/** The TypeScript client's exam sets, against the local runtime. */

const task = { task: 'Name the capital of France', expect: { contains: ['Paris'] } };

describe('the TypeScript client: exam sets', () => {
  it('puts, reads, lists, replaces at a version and deletes an exam set', async () => {
    const client = (await anOwner()).client();
    await expect(client.examSets.get('intern')).rejects.toMatchObject({ constructor: NotFoundError, code: 'EXAM_SET_NOT_FOUND' });
    const created = await client.examSets.put('intern', { tasks: [task], pass_mark: 0.5 });
    expect(created).toMatchObject({ level: 'intern', version: 1, pass_mark: 0.5, tasks: [task] });
    expect((await client.examSets.get('intern')).tasks).toEqual([task]);
    expect((await client.examSets.list()).map((s) => [s.level, s.task_count])).toEqual([['intern', 1]]);
    const replaced = await client.examSets.put('intern', { tasks: [task, task] }, { ifMatch: created.version });
    expect(replaced).toMatchObject({ version: 2, pass_mark: null, effective_pass_mark: 0.6 });
    await expect(client.examSets.put('intern', { tasks: [task] }, { ifMatch: created.version })).rejects.toMatchObject({
      constructor: ConflictError,
      status: 412,
    });
    await expect(client.examSets.delete('intern', { ifMatch: created.version })).rejects.toMatchObject({ status: 412 });
    await client.examSets.delete('intern', { ifMatch: replaced.version });
    expect(await client.examSets.list()).toEqual([]);
  });

  it("answers 404 for another workspace's sets and refuses a read-only key a write", async () => {
    const owner = await anOwner();
    const client = owner.client();
    await client.examSets.put('supervised', { tasks: [task] });
    const stranger = (await anOwner()).client();
    await expect(stranger.examSets.get('supervised', owner.workspaceId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(stranger.examSets.put('supervised', { tasks: [task] }, { workspace: owner.workspaceId })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const key = await client.apiKeys.create({ name: 'reader', scopes: ['read'] });
    const reader = new AgentPlatform({ baseUrl: process.env.API_URL, apiKey: key.secret });
    expect((await reader.examSets.get('supervised', owner.workspaceId)).level).toBe('supervised');
    await expect(reader.examSets.delete('supervised', { workspace: owner.workspaceId })).rejects.toBeInstanceOf(PermissionDeniedError);
    expect((await client.examSets.get('supervised')).version).toBe(1);
  });
});
