import { Stack } from 'aws-cdk-lib';
import { WEBHOOK_LOOPBACK_ENV } from '../../lambdas/shared/webhook-target-policy';
import { asDeployed, lazily, routeEnvironment, synthPlatform, templateOf } from '../support/infra-platform';

/**
 * Loopback webhook receivers are a local-runtime convenience: no deployed function may be told to
 * allow them. `dev` is the environment most like a developer's machine, so it is the one checked.
 */

const platform = lazily(() => synthPlatform('dev'));

type FunctionResource = { Type: string; Properties: { Environment?: { Variables?: Record<string, unknown> } } };

const deployedFunctions = () =>
  platform()
    .app.node.findAll()
    .filter((c): c is Stack => Stack.isStack(c))
    .flatMap((stack) => Object.entries(templateOf(stack).toJSON().Resources as Record<string, FunctionResource>))
    .filter(([, resource]) => resource.Type === 'AWS::Lambda::Function');

describe('webhook targets of a deployed platform', () => {
  it(`sets ${WEBHOOK_LOOPBACK_ENV} on no function`, () => {
    const functions = deployedFunctions();
    expect(functions.length).toBeGreaterThan(20);
    const allowing = functions
      .filter(([, resource]) => WEBHOOK_LOOPBACK_ENV in (resource.Properties.Environment?.Variables ?? {}))
      .map(([id]) => id);
    expect(allowing).toEqual([]);
  });

  it.each(['webhooks-create', 'webhooks-update'])(
    '%s, run with its deployed environment, refuses a localhost receiver',
    async (functionId) => {
      const policy = await asDeployed(routeEnvironment(platform(), functionId), async () => {
        // Whatever the test process has, the function knows only its own environment.
        delete process.env[WEBHOOK_LOOPBACK_ENV];
        return (await import('../../lambdas/shared/webhook-target-policy')).webhookTargetPolicy();
      });
      expect(policy).toEqual({ allowLoopback: false });
      const { checkWebhookUrl } = await import('../../lambdas/domain/webhooks/target');
      expect(checkWebhookUrl('http://localhost:4000/hooks', policy)).toMatchObject({ ok: false });
    },
  );
});
