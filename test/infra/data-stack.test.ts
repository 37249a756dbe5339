import { Match } from 'aws-cdk-lib/assertions';
import { lazily, synthPlatform, templateOf } from '../support/infra-platform';

const dev = lazily(() => templateOf(synthPlatform('dev').data));
const prod = lazily(() => templateOf(synthPlatform('prod').data));

const filesBucket = { BucketName: Match.objectLike({ 'Fn::Join': Match.arrayWith([Match.arrayWith([Match.stringLikeRegexp('files')])]) }) };

describe('the table', () => {
  it('has the keys, indexes and TTL attribute of the shared table definition, billed on demand', () => {
    dev().hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [
        { AttributeName: 'PK', KeyType: 'HASH' },
        { AttributeName: 'SK', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        Match.objectLike({
          IndexName: 'GSI1',
          KeySchema: [
            { AttributeName: 'GSI1PK', KeyType: 'HASH' },
            { AttributeName: 'GSI1SK', KeyType: 'RANGE' },
          ],
        }),
        Match.objectLike({
          IndexName: 'GSI2',
          KeySchema: [
            { AttributeName: 'GSI2PK', KeyType: 'HASH' },
            { AttributeName: 'GSI2SK', KeyType: 'RANGE' },
          ],
        }),
        Match.objectLike({
          IndexName: 'GSI3',
          KeySchema: [
            { AttributeName: 'GSI3PK', KeyType: 'HASH' },
            { AttributeName: 'GSI3SK', KeyType: 'RANGE' },
          ],
        }),
      ],
      TimeToLiveSpecification: { AttributeName: 'expires_at', Enabled: true },
      BillingMode: 'PAY_PER_REQUEST',
    });
  });

  it('streams new items, which the outbox relay reads', () => {
    dev().hasResourceProperties('AWS::DynamoDB::GlobalTable', { StreamSpecification: { StreamViewType: 'NEW_IMAGE' } });
  });

  it('is recoverable, protected from deletion and retained in prod', () => {
    prod().hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        Replicas: [
          Match.objectLike({ DeletionProtectionEnabled: true, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
        ],
      }),
    });
  });

  it('is disposable in dev: no point-in-time recovery, no deletion protection, deleted with the stack', () => {
    dev().hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({
        Replicas: [
          Match.objectLike({ DeletionProtectionEnabled: false, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: false } }),
        ],
      }),
    });
  });
});

describe('the files bucket', () => {
  it('is encrypted, blocks every kind of public access and logs access to the log bucket', () => {
    dev().hasResourceProperties('AWS::S3::Bucket', {
      ...filesBucket,
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 'files/' },
    });
  });

  it('refuses every request that is not over TLS', () => {
    dev().hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('sends every object change to EventBridge, so bytes stored without the API are charged', () => {
    for (const stack of [dev(), prod()]) {
      stack.hasResourceProperties('Custom::S3BucketNotifications', {
        BucketName: Match.anyValue(),
        NotificationConfiguration: { EventBridgeConfiguration: {} },
      });
    }
  });

  it('is versioned and retained in prod but not versioned in dev', () => {
    prod().hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ ...filesBucket, VersioningConfiguration: { Status: 'Enabled' } }),
    });
    dev().hasResourceProperties('AWS::S3::Bucket', { ...filesBucket, VersioningConfiguration: Match.absent() });
  });
});

describe('the credentials key', () => {
  it('rotates automatically and is retained in prod', () => {
    prod().hasResource('AWS::KMS::Key', { DeletionPolicy: 'Retain', Properties: Match.objectLike({ EnableKeyRotation: true }) });
  });
});
