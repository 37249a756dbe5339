import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { EnvironmentConfig } from '../config/environment-config';
import { resourceNames } from '../config/resource-names';
import { FilesBucket } from '../constructs/files-bucket';
import { PlatformTable } from '../constructs/platform-table';

/** Everything stateful: the table, the files bucket and the key agent credentials are encrypted with. */
export class DataStack extends Stack {
  readonly table: ITableV2;
  readonly bucket: IBucket;
  readonly credentialsKey: Key;

  constructor(scope: Construct, id: string, props: StackProps & { config: EnvironmentConfig }) {
    super(scope, id, props);
    const { config } = props;
    const names = resourceNames(config.name);

    this.table = new PlatformTable(this, 'Table', config).table;
    this.bucket = new FilesBucket(this, 'Files', { config, bucketName: names.filesBucket }).bucket;
    this.credentialsKey = new Key(this, 'CredentialsKey', {
      description: `Envelope key for agent credentials (${config.name})`,
      alias: names.credentialsKeyAlias,
      enableKeyRotation: true,
      removalPolicy: config.removalPolicy,
    });

    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'BucketName', { value: this.bucket.bucketName });
  }
}
