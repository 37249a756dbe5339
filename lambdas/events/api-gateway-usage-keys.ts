import {
  APIGatewayClient,
  ConflictException,
  CreateApiKeyCommand,
  CreateUsagePlanKeyCommand,
  DeleteUsagePlanKeyCommand,
  NotFoundException,
} from '@aws-sdk/client-api-gateway';
import type { UsageKeyGateway } from '../domain/usage-keys';

/** API Gateway's management API behind the `UsageKeyGateway` rule. */

const apiGateway = new APIGatewayClient({});

export const apiGatewayUsageKeys: UsageKeyGateway = {
  createKey: async (name) => {
    const created = await apiGateway.send(new CreateApiKeyCommand({ name, enabled: true }));
    if (!created.id || !created.value) throw new Error('API Gateway created a key without an id or value');
    return { id: created.id, value: created.value };
  },
  attach: async (plan, keyId) => {
    try {
      await apiGateway.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan, keyId, keyType: 'API_KEY' }));
    } catch (error) {
      if (!(error instanceof ConflictException)) throw error;
    }
  },
  detach: async (plan, keyId) => {
    try {
      await apiGateway.send(new DeleteUsagePlanKeyCommand({ usagePlanId: plan, keyId }));
    } catch (error) {
      if (!(error instanceof NotFoundException)) throw error;
    }
  },
};
