import { storageUsed } from '../../../lambdas/data/storage-usage';
import { api } from '../../support/api-client';
import { aUser, aWorkspace, type TestUser } from '../../support/fixtures';

/** Presigned upload reservations under concurrency: the storage counter ends exact, whatever the interleaving. */

const MiB = 1024 * 1024;
const RACERS = 8;

describe('presigning one path from parallel requests', () => {
  let owner: TestUser;
  let ws: string;
  let uploads: string;

  beforeAll(async () => {
    owner = await aUser('upload-racer');
    ws = await aWorkspace(owner);
    const agent = (await api.post('/api/agents', { name: 'Racer' }, { token: owner.token })).body.data.agent as { id: string };
    uploads = `/api/agents/${agent.id}/files/uploads`;
  });

  it(`${RACERS} parallel requests leave exactly one reservation counted; the others answer 409 or settled their predecessor`, async () => {
    const answers = await Promise.all(
      Array.from({ length: RACERS }, () => api.post(uploads, { path: 'race.bin', size: 10 * MiB }, { token: owner.token })),
    );
    const statuses = answers.map((res) => res.status);
    expect(statuses).toContain(200);
    for (const res of answers.filter((r) => r.status !== 200)) {
      expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 409, code: 'CONCURRENT_MODIFICATION' });
    }
    // One reservation is pending whoever won: the counter holds exactly its bytes, never one per racer.
    expect(await storageUsed(ws)).toBe(10 * MiB);

    // Presigning the path again settles that reservation (nothing was uploaded): every byte comes back.
    expect((await api.post(uploads, { path: 'race.bin', size: 0 }, { token: owner.token })).status).toBe(200);
    expect(await storageUsed(ws)).toBe(0);
  });
});
