import { api } from '../../support/api-client';
import { aTokenFor, aUser, aWorkspace, setTier } from '../../support/fixtures';
import { replay, seedFixtures } from '../../support/seed-replay';

/**
 * Each source API's example requests (test/fixtures/seeds/), sent as its documentation shows them,
 * in order, to a fresh workspace: every one answers 2xx, or the different status docs/seeds.md
 * documents, with the fields the seed shows (and, through the API client, a body matching the
 * OpenAPI document).
 */

describe.each(seedFixtures().map((f) => [`${f.seed} (${f.api})`, f] as const))('the examples of %s', (_, fixture) => {
  it('replay in order, each answered as the seed or docs/seeds.md says', async () => {
    const owner = await aUser('seed-replay');
    const workspaceId = await aWorkspace(owner);
    await setTier(workspaceId, 'team');
    for (const email of fixture.members ?? []) {
      await aTokenFor(email);
      const added = await api.post(`/api/workspaces/${workspaceId}/members`, { email, role: 'member' }, { token: owner.token });
      expect(added.status).toBe(201);
    }
    const steps = await replay(fixture, { Authorization: `Bearer ${owner.token}`, 'X-Workspace-ID': workspaceId });
    const failures = steps.flatMap((s) => s.problems.map((p) => `${s.request.method} ${s.path} ${p}`));
    expect(failures).toEqual([]);
    expect(steps).toHaveLength(fixture.requests.length);
  });

  it('documents every different answer it expects with a reason', () => {
    for (const req of fixture.requests) if (req.status !== undefined) expect(req.why).toMatch(/docs\/seeds\.md/);
  });
});
