import { type CfnResource, Stack } from 'aws-cdk-lib';
import { WEBHOOK_LOOPBACK_ENV } from '../../lambdas/shared/webhook-target-policy';
import { lazily, resourceProps, synthPlatform, templateOf } from '../support/infra-platform';

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

const environmentOf = (functionId: string): Record<string, string> => {
  const stacks: Stack[] = [platform().api, ...platform().routeStacks];
  const owner = stacks.find((s) => s.node.tryFindChild(functionId));
  if (!owner) throw new Error(`no function ${functionId}`);
  const props = resourceProps(owner.node.findChild(functionId).node.findChild('Function').node.defaultChild as CfnResource);
  const variables = (props.Environment as { Variables: Record<string, unknown> }).Variables;
  return Object.fromEntries(Object.entries(variables).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
};

describe('webhook targets of a deployed platform', () => {
  it(`sets ${WEBHOOK_LOOPBACK_ENV} on no function`, () => {
    const functions = deployedFunctions();
    expect(functions.length).toBeGreaterThan(20);
    const allowing = functions.filter(([, resource]) => WEBHOOK_LOOPBACK_ENV in (resource.Properties.Environment?.Variables ?? {})).map(([id]) => id);
    expect(allowing).toEqual([]);
  });

  it.each(['webhooks-create', 'webhooks-update'])('%s, run with its deployed environment, refuses a localhost receiver', async (functionId) => {
    const saved = { ...process.env };
    delete process.env[WEBHOOK_LOOPBACK_ENV];
    Object.assign(process.env, environmentOf(functionId));
    try {
      let policy: { allowLoopback: boolean } | undefined;
      await jest.isolateModulesAsync(async () => {
        policy = (await import('../../lambdas/shared/webhook-target-policy')).webhookTargetPolicy();
      });
      expect(policy).toEqual({ allowLoopback: false });
      const { checkWebhookUrl } = await import('../../lambdas/domain/webhooks/target');
      expect(checkWebhookUrl('http://localhost:4000/hooks', policy!)).toMatchObject({ ok: false });
    } finally {
      process.env = saved;
    }
  });
});
