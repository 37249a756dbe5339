import { HeadBucketCommand } from '@aws-sdk/client-s3';
import { requiredEnv } from '../shared/env';
import { s3 } from './clients';
import { type Check, timed } from './health';

/** The files bucket (its client: `clients.ts`). */
export const bucketName = requiredEnv('BUCKET_NAME');

export const checkBucket = (): Promise<Check> => timed(() => s3().send(new HeadBucketCommand({ Bucket: bucketName })));
