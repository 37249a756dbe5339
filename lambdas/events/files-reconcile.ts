import type { EventBridgeEvent } from 'aws-lambda';
import { objectChanged } from '../data/file-notifications';
import { logger } from '../shared/logger';
import { observed } from '../shared/observability';

/**
 * On the files bucket's `Object Created` / `Object Deleted` (S3 → EventBridge): charges the
 * workspace for what landed in an agent's files without the API (scoped credentials, presigned
 * URLs), or refunds what left. Idempotent: what the counter already holds is a no-op, so the
 * API's own writes, which also notify, never count twice.
 */

type Detail = { bucket: { name: string }; object: { key: string; size?: number; etag?: string } };

export const handler = observed(async (event: EventBridgeEvent<'Object Created' | 'Object Deleted', Detail>): Promise<void> => {
  const { key } = event.detail.object;
  const outcome = await objectChanged(key);
  if (outcome === 'rejected') logger.warn('file over the storage quota removed', { key });
  else if (outcome !== 'ignored' && outcome !== 'unchanged') logger.info('stored file reconciled', { key, outcome });
});
