import { randomBytes } from 'node:crypto';
import { SECRET_OVERLAP_MS, type SealedSecret, type StoredWebhook } from '../domain/webhooks/model';
import { sealJson, unsealJson } from '../domain/secrets/sealed';
import { newDataKey, unwrapDataKey } from './data-keys';

/**
 * Webhook signing secrets: `whsec_` + base64 of 32 random bytes (Standard Webhooks), each sealed with
 * its own data key bound to the workspace and endpoint, so a copied item opens nowhere else.
 */

const keyContext = (ws: string, webhookId: string) => ({ workspace_id: ws, webhook_id: webhookId });
const sealContext = (webhookId: string) => `webhook:${webhookId}`;

export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

export const sealWebhookSecret = async (ws: string, webhookId: string, secret: string): Promise<SealedSecret> => {
  const dataKey = await newDataKey(keyContext(ws, webhookId));
  return { sealed: sealJson(dataKey.plaintext, secret, sealContext(webhookId)), wrapped_key: dataKey.wrapped, expires_at: null };
};

/** After a rotation: the new secret first, the old one still signing for the overlap, older ones gone. */
export const rotatedSecrets = (fresh: SealedSecret, held: readonly SealedSecret[], now: Date): SealedSecret[] => {
  const current = held.find((s) => s.expires_at === null);
  return current ? [fresh, { ...current, expires_at: new Date(now.getTime() + SECRET_OVERLAP_MS).toISOString() }] : [fresh];
};

/** The secrets that sign a delivery sent at `now`: the current one and any still in its overlap. */
export const signingSecrets = async (webhook: Pick<StoredWebhook, 'workspace_id' | 'id' | 'secrets'>, now: Date): Promise<string[]> => {
  const live = webhook.secrets.filter((s) => s.expires_at === null || Date.parse(s.expires_at) > now.getTime());
  return Promise.all(
    live.map(async (s) =>
      unsealJson<string>(
        await unwrapDataKey(s.wrapped_key, keyContext(webhook.workspace_id, webhook.id)),
        s.sealed,
        sealContext(webhook.id),
      ),
    ),
  );
};
