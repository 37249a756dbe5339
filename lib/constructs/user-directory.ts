import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { acknowledgeUserPoolWithoutPlusPlan, acknowledgeUserPoolWithoutRequiredMfa } from '../compliance/acknowledgements';
import type { EnvironmentConfig } from '../config/environment-config';
import { PLATFORM_ADMIN_GROUP } from '../../lambdas/shared/platform-roles';

/**
 * Who issues the bearer tokens the authorizer verifies: the configured external OIDC issuer, or
 * else a Cognito user pool created here. The authorizer reads the result as JWT_ISSUER,
 * JWT_AUDIENCE (and JWKS_URI); clients send the pool's ID token, whose `aud` is the app client.
 */
export class UserDirectory extends Construct {
  readonly issuer: string;
  readonly audience: string;
  readonly jwksUri: string | undefined;
  /** Absent when an external issuer is configured. */
  readonly userPool: { userPoolId: string; clientId: string } | undefined;

  constructor(scope: Construct, id: string, config: EnvironmentConfig) {
    super(scope, id);
    if (config.identity) {
      this.issuer = config.identity.issuer;
      this.audience = config.identity.audience;
      this.jwksUri = config.identity.jwksUri;
      this.userPool = undefined;
      return;
    }
    const { pool, client } = this.createUserPool(config);
    this.issuer = pool.userPoolProviderUrl;
    this.audience = client.userPoolClientId;
    this.jwksUri = undefined;
    this.userPool = { userPoolId: pool.userPoolId, clientId: client.userPoolClientId };
  }

  private createUserPool(config: EnvironmentConfig): { pool: UserPool; client: UserPoolClient } {
    const { mfaRequired, plusFeaturePlan } = config.userPool;
    const pool = new UserPool(this, 'UserPool', {
      userPoolName: `agent-platform-${config.name}`,
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      // A changed email stays unverified (and the old one in the token) until the user confirms the new one:
      // memberships and shares are granted by verified email.
      keepOriginal: { email: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      passwordPolicy: { minLength: 12, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true },
      mfa: mfaRequired ? Mfa.REQUIRED : Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      featurePlan: plusFeaturePlan ? FeaturePlan.PLUS : FeaturePlan.ESSENTIALS,
      ...(plusFeaturePlan ? { standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION } : {}),
      deletionProtection: config.removalPolicy === RemovalPolicy.RETAIN,
      removalPolicy: config.removalPolicy,
    });
    if (!mfaRequired) acknowledgeUserPoolWithoutRequiredMfa(pool);
    if (!plusFeaturePlan) acknowledgeUserPoolWithoutPlusPlan(pool);
    // Platform operators (may change any workspace's tier): the authorizer reads `cognito:groups` for this name.
    // Empty until an operator adds someone (`aws cognito-idp admin-add-user-to-group`); nobody signs up into it.
    pool.addGroup('PlatformAdmins', { groupName: PLATFORM_ADMIN_GROUP, description: 'Platform operators: may change any workspace tier' });

    // A public client (no secret) for browser and CLI sign-in with SRP; tokens come from Cognito's API, not a hosted UI.
    const client = pool.addClient('Client', {
      authFlows: { userSrp: true },
      disableOAuth: true,
      generateSecret: false,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      // Users may not change their own email through this client; the email grants memberships.
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true, locale: true, timezone: true }),
    });
    return { pool, client };
  }
}
