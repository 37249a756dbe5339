import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { optionalEnv, requiredEnv } from '../shared/env';
import { type Check, timed } from './health';
import { sdkClient } from '../shared/sdk-client';

/** One S3 client per process. Path-style addressing only where a local S3 stand-in asks for it. */
export const bucketName = requiredEnv('BUCKET_NAME');

export const s3 = sdkClient(new S3Client({ forcePathStyle: optionalEnv('S3_FORCE_PATH_STYLE') === 'true' }));

export const checkBucket = (): Promise<Check> => timed(() => s3.send(new HeadBucketCommand({ Bucket: bucketName })));
