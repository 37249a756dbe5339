import { Duration } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, type BucketProps, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledgeAccessLogBucket, acknowledgeBucketNotificationsHandler } from '../compliance/acknowledgements';
import type { EnvironmentConfig } from '../config/environment-config';

/** Private, TLS-only, encrypted: what both buckets share. */
const privateBucket = (config: EnvironmentConfig): BucketProps => ({
  encryption: BucketEncryption.S3_MANAGED,
  enforceSSL: true,
  minimumTLSVersion: 1.2,
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
  removalPolicy: config.removalPolicy,
});

/**
 * The platform's files (plugin bundles, agent files, avatars, exports), with server access logs
 * in a bucket of their own. Objects are encrypted with S3-managed keys; the secrets the platform
 * keeps (agent credentials) are encrypted with the KMS key before they are stored anywhere.
 */
export class FilesBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: { config: EnvironmentConfig; bucketName: string }) {
    super(scope, id);
    const { config } = props;
    const accessLogs = new Bucket(this, 'AccessLogs', {
      ...privateBucket(config),
      lifecycleRules: [{ expiration: Duration.days(config.bucket.accessLogRetentionDays) }],
    });
    acknowledgeAccessLogBucket(accessLogs);

    this.bucket = new Bucket(this, 'Bucket', {
      ...privateBucket(config),
      bucketName: props.bucketName,
      versioned: config.bucket.versioned,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'files/',
      // Every object created or removed is reported, so bytes stored without the API are charged too (lib/events/event-functions.ts).
      eventBridgeEnabled: true,
      lifecycleRules: [
        { abortIncompleteMultipartUploadAfter: Duration.days(7) },
        // Versioning is there to undo an overwrite or a delete, not to archive: old versions go after 30 days.
        ...(config.bucket.versioned ? [{ noncurrentVersionExpiration: Duration.days(30) }] : []),
      ],
    });
    acknowledgeBucketNotificationsHandler(this.bucket);
  }
}
