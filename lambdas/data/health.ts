import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { healthProbeKey } from './keys';
import { ddb, tableName } from './table';

export interface Check {
  ok: boolean;
  latency_ms: number;
}

export const timed = async (probe: () => Promise<unknown>): Promise<Check> => {
  const started = performance.now();
  const ok = await probe().then(
    () => true,
    () => false,
  );
  return { ok, latency_ms: Math.round(performance.now() - started) };
};

/** One consistent-read-free GetItem: proves the table exists and this function may read it. */
export const checkTable = (): Promise<Check> => timed(() => ddb.send(new GetCommand({ TableName: tableName, Key: healthProbeKey() })));
