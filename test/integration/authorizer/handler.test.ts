import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { SignJWT, generateKeyPair } from 'jose';
import { DEV_AUDIENCE, DEV_ISSUER, devSigningKey, mintDevToken } from '../../../local/identity';
import { aUser, aWorkspace, type TestUser } from '../../support/fixtures';

type Authorize = (event: APIGatewayRequestAuthorizerEvent) => Promise<APIGatewayAuthorizerResult>;
let authorize: Authorize;

beforeAll(async () => {
  Object.assign(process.env, {
    JWT_ISSUER: DEV_ISSUER,
    JWT_AUDIENCE: DEV_AUDIENCE,
    JWKS_URI: `${process.env.API_URL}/.well-known/jwks.json`,
  });
  authorize = await loadAuthorizer({ PLATFORM_ADMIN_GROUP_TRUSTED: 'true' });
});

/** A fresh copy of the authorizer module, reading `environment` at load as a deployed function does. */
const loadAuthorizer = async (environment: Record<string, string | undefined>): Promise<Authorize> => {
  const saved = { ...process.env };
  Object.assign(process.env, environment);
  for (const [name, value] of Object.entries(environment)) if (value === undefined) delete process.env[name];
  try {
    let handler: Authorize | undefined;
    await jest.isolateModulesAsync(async () => {
      ({ handler } = (await import('../../../lambdas/authorizer/handler')) as { handler: Authorize });
    });
    return handler as Authorize;
  } finally {
    process.env = saved;
  }
};

const eventWith = (authorization?: string, headers: Record<string, string> = {}): APIGatewayRequestAuthorizerEvent =>
  ({
    type: 'REQUEST',
    methodArn: 'arn:aws:execute-api:local:000000000000:local/local/GET/api/workspaces',
    path: '/api/workspaces',
    headers: { ...headers, ...(authorization ? { Authorization: authorization } : {}) },
  }) as unknown as APIGatewayRequestAuthorizerEvent;

const signed = async (
  claims: Record<string, unknown>,
  options: { issuer?: string; audience?: string; expiresIn?: string | number } = {},
) => {
  const { kid, key } = await devSigningKey();
  return new SignJWT({ email: 'carol@example.com', email_verified: true, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer(options.issuer ?? DEV_ISSUER)
    .setAudience(options.audience ?? DEV_AUDIENCE)
    .setSubject('user_carol')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(key);
};

describe('the authorizer', () => {
  it('allows a valid token and passes the principal on as a flat context', async () => {
    const result = await authorize(eventWith(`Bearer ${await mintDevToken({ email: 'Carol@Example.com', platform_admin: true })}`));
    expect(result.policyDocument.Statement[0]).toMatchObject({ Effect: 'Allow' });
    expect(result.context).toMatchObject({ email: 'carol@example.com', auth_type: 'jwt', platform_admin: 'true' });
  });

  it('lets a token without email_verified: true through with only the reason for the 401, never a principal', async () => {
    for (const emailVerified of [false, 'true', undefined]) {
      const result = await authorize(eventWith(`Bearer ${await signed({ email_verified: emailVerified })}`));
      expect(result.context).toEqual({ refusal: expect.stringContaining('not verified') });
    }
  });

  it('does not make a platform operator of a token claiming platform_admin at its top level', async () => {
    const result = await authorize(eventWith(`Bearer ${await signed({ platform_admin: true })}`));
    expect(result.context).toMatchObject({ platform_admin: 'false' });
  });

  it("does not make a platform operator of an external issuer's platform_admin group", async () => {
    const external = await loadAuthorizer({ PLATFORM_ADMIN_GROUP_TRUSTED: undefined });
    const result = await external(eventWith(`Bearer ${await signed({ 'cognito:groups': ['platform_admin'] })}`));
    expect(result.context).toMatchObject({ user_id: 'user_carol', platform_admin: 'false' });
  });

  describe('metering', () => {
    const plans = { ONBOARDING_USAGE_KEY: 'onboarding-plan-key-0000000000', REFUSALS_USAGE_KEY: 'refusals-plan-key-00000000000' };
    let metered: Authorize;
    let foreignWorkspace: string;
    let intruder: TestUser;
    beforeAll(async () => {
      metered = await loadAuthorizer({ ...plans, PLATFORM_ADMIN_GROUP_TRUSTED: 'true' });
      foreignWorkspace = await aWorkspace(await aUser('foreign-owner'));
      // A member of a workspace of their own, which a foreign X-Workspace-ID must not fall back to.
      intruder = await aUser('intruder');
      await aWorkspace(intruder);
    });

    it('meters a caller without a workspace on the onboarding plan', async () => {
      const result = await metered(eventWith(`Bearer ${await mintDevToken({ email: 'newcomer@example.com' })}`));
      expect(result.usageIdentifierKey).toBe(plans.ONBOARDING_USAGE_KEY);
    });

    it.each([
      ['a workspace the caller is not a member of', () => foreignWorkspace],
      ['a workspace that does not exist', () => 'ws_01ARZ3NDEKTSV4RRFFQ69G5FAV'],
    ])(
      'meters an X-Workspace-ID naming %s on the refusals plan, never the onboarding plan, with no workspace in the context',
      async (_, workspace) => {
        const result = await metered(eventWith(`Bearer ${intruder.token}`, { 'X-Workspace-ID': workspace() }));
        expect(result.usageIdentifierKey).toBe(plans.REFUSALS_USAGE_KEY);
        expect(result.context).toMatchObject({ workspace_id: '', role: '', tier: '', usage_day: '', requested_workspace_id: workspace() });
      },
    );

    it('meters a refused token on the refusals plan', async () => {
      const result = await metered(eventWith(`Bearer ${await signed({ email_verified: false })}`));
      expect(result.usageIdentifierKey).toBe(plans.REFUSALS_USAGE_KEY);
    });
  });

  const refused: [string, () => Promise<string | undefined>][] = [
    ['no Authorization header', async () => undefined],
    ['a scheme other than Bearer', async () => `Basic ${Buffer.from('a:b').toString('base64')}`],
    ['an expired token', async () => `Bearer ${await signed({}, { expiresIn: Math.floor(Date.now() / 1000) - 60 })}`],
    ['a token of another issuer', async () => `Bearer ${await signed({}, { issuer: 'https://evil.example.com' })}`],
    ['a token for another audience', async () => `Bearer ${await signed({}, { audience: 'someone-else' })}`],
    [
      'a token signed by another key',
      async () => {
        const { privateKey } = await generateKeyPair('RS256');
        const { kid } = await devSigningKey();
        const token = await new SignJWT({ email: 'x@example.com' })
          .setProtectedHeader({ alg: 'RS256', kid })
          .setIssuer(DEV_ISSUER)
          .setAudience(DEV_AUDIENCE)
          .setSubject('user_x')
          .setExpirationTime('1h')
          .sign(privateKey);
        return `Bearer ${token}`;
      },
    ],
    [
      'an unsigned token (alg: none)',
      async () => {
        const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
        const claims = { sub: 'user_x', email: 'x@example.com', iss: DEV_ISSUER, aud: DEV_AUDIENCE, exp: 9999999999 };
        return `Bearer ${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
      },
    ],
    ['a token without an email claim', async () => `Bearer ${await signed({ email: undefined })}`],
  ];

  it.each(refused)('refuses %s', async (_, header) => {
    await expect(authorize(eventWith(await header()))).rejects.toThrow('Unauthorized');
  });
});
