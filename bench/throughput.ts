import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import autocannon from 'autocannon';
import { post, type Tenant } from './tenants';

/**
 * DESIGN.md §7's throughput as a ratio, so machine speed cancels out: in one run, a bare loop of
 * DynamoDB Local GetItems at 50 concurrent callers, then the API's `GET /api/agents/{id}` at 50
 * clients for the same time. The API reaches its budget at 40% of the bare loop: what each request
 * adds (authorizer, pipeline, the handler's reads) must stay a fraction of one read's cost.
 */

const CONNECTIONS = 50;
const SECONDS = 10;

const bareGetItemsPerSecond = async (endpoint: string, tableName: string): Promise<number> => {
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' } });
  const Key = { PK: { S: 'BENCH#THROUGHPUT' }, SK: { S: 'ITEM' } };
  await client.send(new PutItemCommand({ TableName: tableName, Item: { ...Key, payload: { S: 'x'.repeat(512) } } }));
  const until = Date.now() + SECONDS * 1000;
  let reads = 0;
  const caller = async () => {
    while (Date.now() < until) {
      await client.send(new GetItemCommand({ TableName: tableName, Key, ConsistentRead: true }));
      reads += 1;
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, caller));
  client.destroy();
  return reads / ((Date.now() - started) / 1000);
};

export interface ThroughputResult {
  connections: number;
  duration_s: number;
  bare_get_item_per_second: number;
  api_get_agent_per_second: number;
  api_p50_ms: number;
  api_p99_ms: number;
  api_non_2xx: number;
  ratio: number;
  budget_ratio: number;
}

export const measureThroughput = async (apiUrl: string, dynamo: { endpoint: string; tableName: string }, tenant: Tenant) => {
  const agent = (await post(`${apiUrl}/api/agents`, { name: 'Throughput' }, tenant.token)).agent as { id: string };
  const bare = await bareGetItemsPerSecond(dynamo.endpoint, dynamo.tableName);
  const api = await autocannon({
    url: `${apiUrl}/api/agents/${agent.id}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { Authorization: `Bearer ${tenant.token}`, 'X-Workspace-ID': tenant.workspaceId },
  });
  const apiPerSecond = api.requests.total / api.duration;
  return {
    connections: CONNECTIONS,
    duration_s: SECONDS,
    bare_get_item_per_second: Math.round(bare),
    api_get_agent_per_second: Math.round(apiPerSecond),
    api_p50_ms: api.latency.p50,
    api_p99_ms: api.latency.p99,
    api_non_2xx: api.non2xx + api.errors + api.timeouts,
    ratio: Math.round((apiPerSecond / bare) * 100) / 100,
    budget_ratio: 0.4,
  } satisfies ThroughputResult;
};
