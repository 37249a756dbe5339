import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { countQuery, countQueryWithin } from '../../../lambdas/data/list';
import { ddb, tableName } from '../../../lambdas/data/table';

describe('counting what a query matches', () => {
  const partition = `COUNTTEST#${Date.now()}`;
  const input = {
    TableName: tableName,
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': partition },
    // One item per read, so a handful of items stands in for megabytes of them.
    Limit: 1,
  };

  beforeAll(async () => {
    const items = Array.from({ length: 5 }, (_, i) => ({ PutRequest: { Item: { PK: partition, SK: `ITEM#${i}` } } }));
    await ddb.send(new BatchWriteCommand({ RequestItems: { [tableName]: items } }));
  });

  it('counts every match when the reads fit the budget', async () => {
    expect(await countQueryWithin(input, 10)).toBe(5);
    expect(await countQuery(input)).toBe(5);
  });

  it('gives up with null rather than read past its budget', async () => {
    expect(await countQueryWithin(input, 3)).toBeNull();
  });
});
