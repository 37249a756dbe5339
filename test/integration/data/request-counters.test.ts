import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { usageKey } from '../../../lambdas/data/keys';
import { ddb, tableName } from '../../../lambdas/data/table';
import { countRequest } from '../../../lambdas/data/usage';

describe("a workspace's request counters", () => {
  let workspaceId: string;
  let sequence = 0;
  beforeEach(() => {
    sequence += 1;
    workspaceId = `ws_counters${Date.now()}${sequence}`;
  });
  const at = (time: string) => new Date(`2026-03-04T${time}Z`);

  it("counts the day's requests and this minute's, starting the minute over when the next begins", async () => {
    expect(await countRequest(workspaceId, at('10:00:05'))).toEqual({ day: 1, minute: 1 });
    expect(await countRequest(workspaceId, at('10:00:59'))).toEqual({ day: 2, minute: 2 });
    expect(await countRequest(workspaceId, at('10:01:00'))).toEqual({ day: 3, minute: 1 });
    expect(await countRequest(workspaceId, at('23:59:59'))).toEqual({ day: 4, minute: 1 });
    expect(await countRequest(workspaceId, new Date('2026-03-05T00:00:00Z'))).toEqual({ day: 1, minute: 1 });
  });

  it("keeps a request stamped a moment late in its own minute's count", async () => {
    await countRequest(workspaceId, at('10:00:30'));
    await countRequest(workspaceId, at('10:01:00'));
    expect(await countRequest(workspaceId, at('10:00:59'))).toEqual({ day: 3, minute: 2 });
  });

  it("keeps only the last minutes' counters however many minutes of the day it has counted", async () => {
    // Every minute from 10:00 to 12:59, then one request after a half hour's gap.
    for (let minute = 0; minute < 180; minute += 1) {
      await countRequest(
        workspaceId,
        at(`${String(10 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`),
      );
    }
    await countRequest(workspaceId, at('13:40:00'));
    const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: usageKey(workspaceId, '2026-03-04') }));
    expect(Item).toMatchObject({ requests: 181, m1340: 1 });
    // 12:58's and 12:59's counters are left by the gap; every earlier one was removed two minutes later.
    expect(Object.keys(Item ?? {}).sort()).toEqual(['PK', 'SK', 'expires_at', 'm1258', 'm1259', 'm1340', 'requests']);
  });

  it('counts every one of many requests made together, once each', async () => {
    await countRequest(workspaceId, at('10:00:00'));
    const counts = await Promise.all(Array.from({ length: 20 }, () => countRequest(workspaceId, at('10:01:00'))));
    expect(counts.map((c) => c.minute).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(counts.map((c) => c.day).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
  });
});
