import { createHash } from 'node:crypto';
import { encodeTime } from 'ulid';

/**
 * A delivery's id is derived from its event and endpoint, so a fan-out that runs twice for one
 * event (SQS delivers at least once) names the same delivery and its conditional put refuses the
 * second. Still a ULID: the event's time first, so a webhook's deliveries list newest first.
 */

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const deliveryIdFor = (eventId: string, webhookId: string, eventTime: Date): string => {
  const digest = createHash('sha256').update(`${eventId}\n${webhookId}`).digest();
  const random = Array.from(digest.subarray(0, 16), (byte) => CROCKFORD[byte % 32]).join('');
  return `dlv_${encodeTime(eventTime.getTime(), 10)}${random}`;
};
