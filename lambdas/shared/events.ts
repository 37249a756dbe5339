import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { requiredEnv } from './env';
import { EVENT_SOURCE, type PlatformEvent } from './event-types';

/**
 * Publishes platform events (API.md "Events and webhooks") to the platform's bus: EventBridge
 * deployed, the local runtime's in-process bus locally (through the same PutEvents call).
 * Called after the write it reports has succeeded.
 */

const busName = requiredEnv('EVENT_BUS_NAME');
const eventBridge = new EventBridgeClient({});

export const publish = async (event: PlatformEvent, workspaceId: string, data: Record<string, unknown>): Promise<void> => {
  const timestamp = new Date().toISOString();
  const result = await eventBridge.send(
    new PutEventsCommand({
      Entries: [
        {
          EventBusName: busName,
          Source: EVENT_SOURCE,
          DetailType: event,
          Detail: JSON.stringify({ event, workspace_id: workspaceId, data, timestamp }),
        },
      ],
    }),
  );
  if (result.FailedEntryCount) throw new Error(`EventBridge refused ${event}: ${result.Entries?.[0]?.ErrorCode ?? 'unknown'}`);
};
