import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace, anApiKey, type TestUser } from '../../support/fixtures';

/** Exam sets: the tasks a graduation to a level sits, kept per workspace and level. */

/** `{a: {a: … {}}}`, `levels` deep: DynamoDB refuses more than 32. */
const nested = (levels: number): Record<string, unknown> => (levels === 0 ? {} : { a: nested(levels - 1) });

const aTask = (n: number) => ({ task: `Question ${n}: what is the capital of France?`, expect: { contains: ['Paris'] } });

describe('exam sets', () => {
  let owner: TestUser;
  let ws: string;
  const path = (level: string) => `/api/workspaces/${ws}/exam-sets/${level}`;

  beforeAll(async () => {
    owner = await aUser('examiner');
    ws = await aWorkspace(owner);
  });

  it('are put, read, listed by level and deleted; each replacement bumps the version', async () => {
    const tasks = [
      aTask(1),
      {
        task: 'Answer as JSON with the city',
        expect: { json_paths: [{ path: '$.answer.city', equals: 'Paris' }, { path: '$.answer.tags[0]' }] },
      },
      {
        task: 'Describe the city',
        expect: { rubric: '- names the capital\n- mentions the river', tools: ['analyze.summarize'] },
        context: { category: 'geo' },
      },
    ];
    const put = await api.put(path('supervised'), { tasks, pass_mark: 0.75 }, { token: owner.token });
    expect(put.status).toBe(200);
    expect(put.headers.get('etag')).toBe('"1"');
    expect(put.body.data.exam_set).toMatchObject({
      level: 'supervised',
      tasks,
      pass_mark: 0.75,
      effective_pass_mark: 0.75,
      version: 1,
      updated_by: owner.email,
    });

    const got = await api.get(path('supervised'), { token: owner.token });
    expect(got.body.data.exam_set).toEqual(put.body.data.exam_set);

    const replaced = await api.put(path('supervised'), { tasks: [aTask(1)] }, { token: owner.token });
    expect(replaced.body.data.exam_set).toMatchObject({
      version: 2,
      pass_mark: null,
      effective_pass_mark: 0.7,
      created_at: put.body.data.exam_set.created_at,
    });

    const listed = await api.get(`/api/workspaces/${ws}/exam-sets`, { token: owner.token });
    expect(listed.body.data.exam_sets).toEqual([expect.objectContaining({ level: 'supervised', task_count: 1, version: 2 })]);

    expect((await api.delete(path('supervised'), { token: owner.token })).body.data).toEqual({ deleted: true, level: 'supervised' });
    const gone = await api.get(path('supervised'), { token: owner.token });
    expect({ status: gone.status, code: gone.body.error.code }).toEqual({ status: 404, code: 'EXAM_SET_NOT_FOUND' });
    expect((await api.get(`/api/workspaces/${ws}/exam-sets`, { token: owner.token })).body.data.exam_sets).toEqual([]);
  });

  it('are listed lowest level first', async () => {
    const own = await aWorkspace(owner);
    for (const level of ['supervised', 'autonomous', 'intern']) {
      await api.put(`/api/workspaces/${own}/exam-sets/${level}`, { tasks: [aTask(1)] }, { token: owner.token });
    }
    const listed = await api.get(`/api/workspaces/${own}/exam-sets`, { token: owner.token });
    expect(listed.body.data.exam_sets.map((s: { level: string }) => s.level)).toEqual(['intern', 'supervised', 'autonomous']);
  });

  it('honour If-Match: a stale version, or one for a set not yet there, answers 412', async () => {
    const first = await api.put(path('intern'), { tasks: [aTask(1)] }, { token: owner.token });
    const stale = await api.put(
      path('intern'),
      { tasks: [aTask(2)] },
      { token: owner.token, headers: { 'If-Match': `"${first.body.data.exam_set.version + 1}"` } },
    );
    expect({ status: stale.status, code: stale.body.error.code }).toEqual({ status: 412, code: 'VERSION_CONFLICT' });
    const fresh = await api.put(
      path('intern'),
      { tasks: [aTask(2)] },
      { token: owner.token, headers: { 'If-Match': `"${first.body.data.exam_set.version}"` } },
    );
    expect(fresh.status).toBe(200);
    const absent = await api.put(path('autonomous'), { tasks: [aTask(1)] }, { token: owner.token, headers: { 'If-Match': '"1"' } });
    expect(absent.status).toBe(412);
    const staleDelete = await api.delete(path('intern'), { token: owner.token, headers: { 'If-Match': '"1"' } });
    expect(staleDelete.status).toBe(412);
    expect((await api.delete(path('autonomous'), { token: owner.token })).body.error.code).toBe('EXAM_SET_NOT_FOUND');
  });

  it('answer 400 for a level no agent graduates to', async () => {
    for (const level of ['student', 'wizard']) {
      const res = await api.put(path(level), { tasks: [aTask(1)] }, { token: owner.token });
      expect({ status: res.status, code: res.body.error.code, field: res.body.error.details[0].field }).toEqual({
        status: 400,
        code: 'INVALID_INPUT',
        field: 'path.level',
      });
    }
  });

  const invalid: [string, unknown, string][] = [
    ['no tasks', { tasks: [] }, 'tasks'],
    ['more than 20 tasks', { tasks: Array.from({ length: 21 }, (_, i) => aTask(i)) }, 'tasks'],
    ['an empty expectation', { tasks: [{ task: 't', expect: {} }] }, 'tasks.0.expect'],
    [
      'a JSON path with a filter expression',
      { tasks: [{ task: 't', expect: { json_paths: [{ path: '$..a[?(@.b)]' }] } }] },
      'tasks.0.expect.json_paths.0.path',
    ],
    ['an unknown expectation', { tasks: [{ task: 't', expect: { regex: 'a+' } }] }, 'tasks.0.expect.regex'],
    ['a pass mark above 1', { tasks: [aTask(1)], pass_mark: 1.5 }, 'pass_mark'],
    ['a context nested deeper than an execution allows', { tasks: [{ ...aTask(1), context: nested(40) }] }, 'tasks.0.context'],
    [
      'an expected value nested deeper than an execution allows',
      { tasks: [{ task: 't', expect: { json_paths: [{ path: '$.a', equals: nested(40) }] } }] },
      'tasks.0.expect.json_paths.0.equals',
    ],
  ];

  it.each(invalid)('refuse %s with 400 INVALID_INPUT naming the field', async (_case, body, field) => {
    const res = await api.put(path('intern'), body, { token: owner.token });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('are read by members and written by owners and admins; an API key writes only with the admin scope', async () => {
    await api.put(path('intern'), { tasks: [aTask(1)] }, { token: owner.token });
    const headers = { 'X-Workspace-ID': ws };
    const member = await aMember(owner, ws, 'member');
    expect((await api.get(path('intern'), { token: member.token, headers })).status).toBe(200);
    const refused = await api.put(path('intern'), { tasks: [aTask(2)] }, { token: member.token, headers });
    expect({ status: refused.status, code: refused.body.error.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect((await api.delete(path('intern'), { token: member.token, headers })).status).toBe(403);

    const admin = await aMember(owner, ws, 'admin');
    expect((await api.put(path('intern'), { tasks: [aTask(3)] }, { token: admin.token, headers })).status).toBe(200);

    const writeKey = await anApiKey(owner, ws, ['read', 'write']);
    expect((await api.get(path('intern'), { apiKey: writeKey.secret })).status).toBe(200);
    expect((await api.put(path('intern'), { tasks: [aTask(4)] }, { apiKey: writeKey.secret })).status).toBe(403);
    const adminKey = await anApiKey(owner, ws, ['admin']);
    expect((await api.put(path('intern'), { tasks: [aTask(5)] }, { apiKey: adminKey.secret })).status).toBe(200);
  });

  it("are another workspace's business: its sets answer 404 and a set written in one workspace is absent from the other", async () => {
    await api.put(path('intern'), { tasks: [aTask(1)] }, { token: owner.token });
    const stranger = await aUser('stranger');
    const theirs = await aWorkspace(stranger);
    const probe = await api.get(path('intern'), { token: stranger.token });
    expect({ status: probe.status, code: probe.body.error.code }).toEqual({ status: 404, code: 'WORKSPACE_NOT_FOUND' });
    const overwrite = await api.put(path('intern'), { tasks: [aTask(9)] }, { token: stranger.token });
    expect(overwrite.status).toBe(404);
    expect((await api.get(`/api/workspaces/${theirs}/exam-sets`, { token: stranger.token })).body.data.exam_sets).toEqual([]);
    expect((await api.get(path('intern'), { token: owner.token })).body.data.exam_set.tasks).toEqual([aTask(1)]);
  });
});
