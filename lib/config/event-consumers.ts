import * as z from 'zod';
import { PUBLIC_EVENTS, type PlatformEvent } from '../../lambdas/shared/event-types';
import type { EventConsumer } from './environment-config';

/**
 * `eventConsumers` checked before anything is built: a typo in an event name would otherwise
 * deploy a rule that never matches, and a wrong account would deploy a target that always fails.
 */

const eventName = z.string().refine((e) => e === '*' || (PUBLIC_EVENTS as string[]).includes(e), {
  message: `must be one of ${PUBLIC_EVENTS.join(', ')} or "*" (platform-internal events are not forwarded)`,
});

const consumer = z
  .strictObject({
    name: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be 1-40 lowercase letters, digits or hyphens, starting with a letter'),
    accountId: z
      .string()
      .regex(/^\d{12}$/, 'must be a 12-digit AWS account id')
      .optional(),
    busArn: z
      .string()
      .regex(
        /^arn:aws[a-z-]*:events:[a-z0-9-]+:\d{12}:event-bus\/[A-Za-z0-9._\-/]{1,256}$/,
        'must be an event bus ARN: arn:aws:events:<region>:<account>:event-bus/<name>',
      )
      .optional(),
    events: z.array(eventName).min(1, 'must list at least one event, or "*"'),
  })
  .refine((c) => (c.accountId === undefined) !== (c.busArn === undefined), { message: 'give exactly one of accountId or busArn' });

const consumers = z.array(consumer).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((c, index) => {
    if (seen.has(c.name))
      ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `"${c.name}" is used by another consumer; names must be unique` });
    seen.add(c.name);
  });
});

/** The consumers as configured, or an error listing every problem with its place in the list. */
export const validateEventConsumers = (value: readonly EventConsumer[]): readonly EventConsumer[] => {
  const result = consumers.safeParse(value);
  if (result.success) return value;
  const problems = result.error.issues.map(
    (i) => `eventConsumers${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${i.message}`,
  );
  throw new Error(`invalid event consumers:\n  ${problems.join('\n  ')}`);
};

/** The detail-types a consumer's rule forwards: `*` is every public event, never the internal ones. */
export const forwardedEvents = (c: Pick<EventConsumer, 'events'>): PlatformEvent[] =>
  c.events.includes('*') ? [...PUBLIC_EVENTS] : [...new Set(c.events as PlatformEvent[])];
