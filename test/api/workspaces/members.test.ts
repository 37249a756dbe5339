import { api } from '../../support/api-client';
import { aMember, aUser, aWorkspace } from '../../support/fixtures';
import { waitForEvents } from '../../support/local-events';

describe('members', () => {
  it('an owner adds a member by email, who then sees the workspace; workspace.member_added is published', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const bob = await aUser('bob');
    const res = await api.post(`/api/workspaces/${ws}/members`, { email: bob.email.toUpperCase() }, { token: owner.token });
    expect(res.status).toBe(201);
    expect(res.body.data.member).toMatchObject({ email: bob.email, role: 'member', user_id: null });
    const seen = await api.get(`/api/workspaces/${ws}`, { token: bob.token });
    expect(seen.body.data.workspace.role).toBe('member');
    expect(
      await waitForEvents(
        (e) => e['detail-type'] === 'workspace.member_added' && e.detail.workspace_id === ws && e.detail.data.email === bob.email,
        1,
      ),
    ).toHaveLength(1);
  });

  it('two simultaneous additions of the same email answer one 201 and one 409', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const email = (await aUser('twice')).email;
    const statuses = (
      await Promise.all([1, 2].map(() => api.post(`/api/workspaces/${ws}/members`, { email, role: 'member' }, { token: owner.token })))
    ).map((r) => r.status);
    expect(statuses.sort()).toEqual([201, 409]);
  });

  it('members cannot add anyone; admins add members and admins but not owners', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const member = await aMember(owner, ws, 'member');
    const admin = await aMember(owner, ws, 'admin');
    expect((await api.post(`/api/workspaces/${ws}/members`, { email: 'a@example.com' }, { token: member.token })).status).toBe(403);
    expect(
      (await api.post(`/api/workspaces/${ws}/members`, { email: 'b@example.com', role: 'admin' }, { token: admin.token })).status,
    ).toBe(201);
    expect(
      (await api.post(`/api/workspaces/${ws}/members`, { email: 'c@example.com', role: 'owner' }, { token: admin.token })).status,
    ).toBe(403);
  });

  it('the last owner can be neither demoted nor removed (409 LAST_OWNER), a second owner can', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const member = encodeURIComponent(owner.email);
    const demote = await api.patch(`/api/workspaces/${ws}/members/${member}`, { role: 'admin' }, { token: owner.token });
    expect(demote.status).toBe(409);
    expect(demote.body.error.code).toBe('LAST_OWNER');
    expect((await api.delete(`/api/workspaces/${ws}/members/${member}`, { token: owner.token })).body.error.code).toBe('LAST_OWNER');
    const second = await aMember(owner, ws, 'owner');
    expect((await api.patch(`/api/workspaces/${ws}/members/${member}`, { role: 'admin' }, { token: second.token })).status).toBe(200);
  });

  it('two owners demoting each other at once leave exactly one owner', async () => {
    const first = await aUser();
    const ws = await aWorkspace(first);
    const second = await aMember(first, ws, 'owner');
    const results = await Promise.all([
      api.patch(`/api/workspaces/${ws}/members/${encodeURIComponent(second.email)}`, { role: 'member' }, { token: first.token }),
      api.patch(`/api/workspaces/${ws}/members/${encodeURIComponent(first.email)}`, { role: 'member' }, { token: second.token }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const members = (await api.get(`/api/workspaces/${ws}/members`, { token: first.token })).body.data.members;
    expect(members.filter((m: { role: string }) => m.role === 'owner')).toHaveLength(1);
  });

  it('an admin cannot remove an owner, but any member can leave', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    const admin = await aMember(owner, ws, 'admin');
    const member = await aMember(owner, ws, 'member');
    expect((await api.delete(`/api/workspaces/${ws}/members/${encodeURIComponent(owner.email)}`, { token: admin.token })).status).toBe(403);
    const left = await api.delete(`/api/workspaces/${ws}/members/${encodeURIComponent(member.email)}`, { token: member.token });
    expect(left.body.data).toEqual({ deleted: true, member_id: member.email });
    expect((await api.get(`/api/workspaces/${ws}`, { token: member.token })).status).toBe(404);
  });

  it('pages through members with page+limit and with cursors, every member once', async () => {
    const owner = await aUser();
    const ws = await aWorkspace(owner);
    await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        api.post(`/api/workspaces/${ws}/members`, { email: `p${i}@example.com` }, { token: owner.token }),
      ),
    );
    const byPage = [];
    for (let page = 1; page <= 3; page += 1) {
      const res = await api.get(`/api/workspaces/${ws}/members?limit=2&page=${page}`, { token: owner.token });
      expect(res.body.data.pagination).toMatchObject({ page, limit: 2, total: 5, pages: 3 });
      byPage.push(...res.body.data.members.map((m: { email: string }) => m.email));
    }
    const byCursor = [];
    let cursor = '';
    do {
      const res = await api.get(`/api/workspaces/${ws}/members?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { token: owner.token });
      byCursor.push(...res.body.data.members.map((m: { email: string }) => m.email));
      cursor = res.body.data.pagination.next_cursor ?? '';
    } while (cursor);
    expect(new Set(byPage).size).toBe(5);
    expect(byCursor).toEqual(byPage);
    const tampered = await api.get(`/api/workspaces/${ws}/members?cursor=eyJQSyI6IldTI290aGVyIn0`, { token: owner.token });
    expect(tampered.status).toBe(400);
  });
});
