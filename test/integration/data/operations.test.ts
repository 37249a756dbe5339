import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { getPair } from '../../../lambdas/data/batch';
import { withoutKeys } from '../../../lambdas/data/item';
import { listPage } from '../../../lambdas/data/list';
import { putIfAbsent, putNew, transact, updateVersioned } from '../../../lambdas/data/operations';
import { ddb, tableName } from '../../../lambdas/data/table';
import { Conflict } from '../../../lambdas/domain/errors';

const unique = () => `TEST#${crypto.randomUUID()}`;

describe('table operations against DynamoDB Local', () => {
  it('getPair reads two items in one request and hands each on parsed, or null when absent', async () => {
    const present = { PK: unique(), SK: 'A' };
    await ddb.send(new PutCommand({ TableName: tableName, Item: { ...present, name: 'a' } }));
    const read = (key: { PK: string; SK: string }) => ({
      key,
      parse: (item: Record<string, unknown>) => withoutKeys<{ name: string }>(item),
    });
    expect(await getPair(read(present), read({ PK: unique(), SK: 'B' }))).toEqual([{ name: 'a' }, null]);
    expect(await getPair(read({ PK: unique(), SK: 'B' }), read(present), true)).toEqual([null, { name: 'a' }]);
  });

  it('putNew refuses an item that exists with the domain error it is given', async () => {
    const item = { PK: unique(), SK: 'A', value: 1 };
    await putNew(item, () => new Conflict('NAME_TAKEN', 'taken'));
    await expect(putNew(item, () => new Conflict('NAME_TAKEN', 'taken'))).rejects.toMatchObject({ code: 'NAME_TAKEN' });
  });

  it('putIfAbsent tells whether it wrote, and leaves an existing item as it was', async () => {
    const key = { PK: unique(), SK: 'A' };
    expect(await putIfAbsent({ ...key, value: 1 })).toBe(true);
    expect(await putIfAbsent({ ...key, value: 2 })).toBe(false);
    const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: key }));
    expect(Item).toMatchObject({ value: 1 });
  });

  it('updateVersioned bumps the version, refuses a stale one with 412 and a missing item with 404', async () => {
    const key = { PK: unique(), SK: 'A' };
    await ddb.send(new PutCommand({ TableName: tableName, Item: { ...key, version: 1, name: 'a' } }));
    const updated = await updateVersioned(key, 1, { name: 'b' });
    expect(updated).toMatchObject({ name: 'b', version: 2 });
    await expect(updateVersioned(key, 1, { name: 'c' })).rejects.toMatchObject({
      code: 'VERSION_CONFLICT',
      details: [expect.objectContaining({ current_version: 2 })],
    });
    await expect(updateVersioned({ PK: unique(), SK: 'A' }, 1, { name: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('transact writes nothing when one condition fails and answers that item’s error', async () => {
    const taken = { PK: unique(), SK: 'LOCK' };
    await ddb.send(new PutCommand({ TableName: tableName, Item: taken }));
    const fresh = { PK: unique(), SK: 'ITEM' };
    await expect(
      transact([
        { Put: { TableName: tableName, Item: fresh, ConditionExpression: 'attribute_not_exists(PK)' } },
        {
          Put: { TableName: tableName, Item: taken, ConditionExpression: 'attribute_not_exists(PK)' },
          onConditionFail: () => new Conflict('NAME_TAKEN', 'taken'),
        },
      ]),
    ).rejects.toMatchObject({ code: 'NAME_TAKEN' });
    const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: fresh }));
    expect(Item).toBeUndefined();
  });

  it('listPage walks a partition with cursors, every item exactly once', async () => {
    const partition = unique();
    const sortKeys = Array.from({ length: 23 }, (_, i) => `ITEM#${String(i).padStart(3, '0')}`);
    await Promise.all(sortKeys.map((SK) => ddb.send(new PutCommand({ TableName: tableName, Item: { PK: partition, SK } }))));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listPage<{ SK: string }>({ partition, sortPrefix: 'ITEM#' }, { limit: 10, cursor });
      seen.push(...page.items.map((i) => i.SK));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(sortKeys);
  });

  it('listPage refuses a tampered or unsigned cursor, or one from another partition or list, with 400 INVALID_INPUT', async () => {
    const partition = unique();
    await Promise.all([1, 2, 3].map((n) => ddb.send(new PutCommand({ TableName: tableName, Item: { PK: partition, SK: `ITEM#${n}` } }))));
    const { nextCursor } = await listPage({ partition }, { limit: 1 });
    expect(nextCursor).toEqual(expect.any(String));
    const unsigned = Buffer.from(JSON.stringify({ PK: partition, SK: 'ITEM#2' })).toString('base64url');
    for (const cursor of ['not-base64-json!', unsigned, `${nextCursor}x`, Buffer.from('[]').toString('base64url')]) {
      await expect(listPage({ partition }, { limit: 1, cursor })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    }
    await expect(listPage({ partition: unique() }, { limit: 1, cursor: nextCursor as string })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(listPage({ partition, sortPrefix: 'ITEM#' }, { limit: 1, cursor: nextCursor as string })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
