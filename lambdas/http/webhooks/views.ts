import { circuitView } from '../../domain/webhooks/breaker';
import type { Webhook } from '../../domain/webhooks/model';

/** Field by field, so a stored item's `secrets` can never reach an answer. */
export const webhookView = (w: Webhook) => ({
  id: w.id,
  workspace_id: w.workspace_id,
  url: w.url,
  events: w.events,
  description: w.description,
  enabled: w.enabled,
  disabled_reason: w.disabled_reason,
  failing_since: w.failing_since,
  circuit: circuitView(w, new Date()),
  created_by: w.created_by,
  created_at: w.created_at,
  updated_at: w.updated_at,
  version: w.version,
});
