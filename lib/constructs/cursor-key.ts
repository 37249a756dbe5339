import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { acknowledgeCursorKeyWithoutRotation } from '../compliance/acknowledgements';
import type { EnvironmentConfig } from '../config/environment-config';

/**
 * The HMAC key `next_cursor`s are signed from: list functions derive their signing key from it once
 * per container (`lambdas/data/cursor-key.ts`), so a cursor costs no KMS call per request.
 */
export class CursorKey extends Construct {
  readonly key: Key;

  constructor(scope: Construct, id: string, config: EnvironmentConfig) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      description: `Derives the key that signs list cursors (${config.name})`,
      keySpec: KeySpec.HMAC_256,
      keyUsage: KeyUsage.GENERATE_VERIFY_MAC,
      removalPolicy: config.removalPolicy,
    });
    acknowledgeCursorKeyWithoutRotation(this.key);
  }
}
