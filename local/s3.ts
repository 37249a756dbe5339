import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver, { type S3rverRecord } from 's3rver';
import { DUMMY_ACCOUNT } from 's3rver/lib/models/account';
import { allowLongListings } from './s3-continuation-tokens';
import { s3SessionGuard } from './s3-session-guard';
import type { LocalSessions } from './sts-sessions';

export type { S3rverRecord };

/**
 * The S3 stand-in. s3rver keeps objects on disk: in a temporary directory removed on stop
 * (the in-memory default), or under `--data`. Its fixed credentials are S3RVER/S3RVER.
 */

export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface LocalS3 {
  endpoint: string;
  /** Calls `listener` for every object created or removed, as the deployed bucket notifies EventBridge. */
  onObjectChange: (listener: (record: S3rverRecord) => void) => void;
  stop: () => Promise<void>;
}

/** s3rver accepts a request whose key it knows: each STS session's key becomes one. */
export const acceptS3Key = (accessKeyId: string, secretAccessKey: string): void =>
  DUMMY_ACCOUNT.createKeyPair(accessKeyId, secretAccessKey);

export const startS3 = async (bucketName: string, sessions: LocalSessions, dataDir?: string): Promise<LocalS3> => {
  allowLongListings();
  const directory = dataDir ?? mkdtempSync(join(tmpdir(), 'agent-platform-s3-'));
  mkdirSync(directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: bucketName }],
  });
  // Before s3rver's own middleware: requests made with session credentials are held to their policy.
  server.middleware.unshift(s3SessionGuard(sessions) as (typeof server.middleware)[number]);
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    onObjectChange: (listener) => {
      server.on('event', (event) => event.Records.forEach(listener));
    },
    stop: async () => {
      await server.close();
      if (!dataDir) rmSync(directory, { recursive: true, force: true });
    },
  };
};
