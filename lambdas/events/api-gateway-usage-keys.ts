import {
  ConflictException,
  CreateApiKeyCommand,
  CreateUsagePlanKeyCommand,
  DeleteUsagePlanKeyCommand,
  GetApiKeysCommand,
  NotFoundException,
} from '@aws-sdk/client-api-gateway';
import type { UsageKeyGateway } from '../domain/usage-keys';
import { apiGateway } from '../data/clients';

/** API Gateway's management API behind the `UsageKeyGateway` rule. */

export const apiGatewayUsageKeys: UsageKeyGateway = {
  findOrCreateKey: async (name) => {
    const found = await apiGateway().send(new GetApiKeysCommand({ nameQuery: name, includeValues: true, limit: 10 }));
    const existing = found.items?.find((k) => k.name === name && k.id && k.value);
    if (existing?.id && existing.value) return { id: existing.id, value: existing.value };
    const created = await apiGateway().send(new CreateApiKeyCommand({ name, enabled: true }));
    if (!created.id || !created.value) throw new Error('API Gateway created a key without an id or value');
    return { id: created.id, value: created.value };
  },
  attach: async (plan, keyId) => {
    try {
      await apiGateway().send(new CreateUsagePlanKeyCommand({ usagePlanId: plan, keyId, keyType: 'API_KEY' }));
    } catch (error) {
      if (!(error instanceof ConflictException)) throw error;
    }
  },
  detach: async (plan, keyId) => {
    try {
      await apiGateway().send(new DeleteUsagePlanKeyCommand({ usagePlanId: plan, keyId }));
    } catch (error) {
      if (!(error instanceof NotFoundException)) throw error;
    }
  },
};
