import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { outboxKey } from '../../../lambdas/data/keys';
import { eventDetail } from '../../../lambdas/data/outbox';
import { handler } from '../../../lambdas/events/outbox-relay';
import { localEvents, waitForEvents } from '../../support/local-events';

/** The relay, handed stream records as Lambda hands them, putting events on the local runtime's bus. */

let sequence = 1_000_000;

const record = (item: Record<string, unknown>, eventName: DynamoDBRecord['eventName'] = 'INSERT'): DynamoDBRecord => {
  const image = marshall(item, { removeUndefinedValues: true }) as NonNullable<NonNullable<DynamoDBRecord['dynamodb']>['NewImage']>;
  return {
    eventName,
    eventSource: 'aws:dynamodb',
    dynamodb: {
      Keys: { PK: image.PK as never, SK: image.SK as never },
      NewImage: image,
      SequenceNumber: String((sequence += 1)),
      StreamViewType: 'NEW_IMAGE',
    },
  };
};

const outboxRecord = (workspaceId: string, n: number) => {
  const detail = eventDetail('workspace.member_added', workspaceId, {
    email: `m${n}@example.com`,
    role: 'member',
    invited_by: 'user_relay',
  });
  return { detail, record: record({ ...outboxKey(detail.id), detail, expires_at: 1 }) };
};

const outage = (ms: number) => fetch(`${process.env.API_URL}/local/bus/outage`, { method: 'POST', body: JSON.stringify({ ms }) });

describe('the outbox relay', () => {
  it('puts every outbox insert on the bus, ten at a time, with the detail as it was written, and nothing else', async () => {
    const ws = `ws_RELAY${Date.now()}`;
    const outbox = Array.from({ length: 25 }, (_, n) => outboxRecord(ws, n));
    const others = [
      record({ PK: `WS#${ws}`, SK: 'MEMBER#x', detail: outbox[0]?.detail }),
      { ...(outbox[1] as { record: DynamoDBRecord }).record, eventName: 'MODIFY' as const },
    ];
    const answer = await handler({ Records: [others[0] as DynamoDBRecord, ...outbox.map((o) => o.record), others[1] as DynamoDBRecord] });
    expect(answer).toEqual({ batchItemFailures: [] });
    const arrived = await waitForEvents((e) => e.detail.workspace_id === ws, 25);
    expect(arrived.map((e) => e.detail)).toEqual(outbox.map((o) => o.detail));
    expect(arrived.every((e) => e.source === 'agent-platform' && e['detail-type'] === 'workspace.member_added')).toBe(true);
    expect(arrived.map((e) => e.time)).toEqual(outbox.map((o) => o.detail.timestamp));
  });

  it('splits calls by size too, so ten events of 30 KiB each never make a PutEvents over 256 KB', async () => {
    const ws = `ws_RELAY${Date.now()}`;
    const outbox = Array.from({ length: 12 }, (_, n) => {
      const detail = eventDetail('agent.executed', ws, {
        agent_id: `agent_${n}`,
        execution_id: `exec_${n}`,
        status: 'completed',
        result: { summary: 'y'.repeat(30 * 1024) },
        usage: { input_tokens: 1, output_tokens: 1 },
        duration_ms: 1,
      });
      return { detail, record: record({ ...outboxKey(detail.id), detail, expires_at: 1 }) };
    });
    expect(await handler({ Records: outbox.map((o) => o.record) })).toEqual({ batchItemFailures: [] });
    const arrived = await waitForEvents((e) => e.detail.workspace_id === ws, 12);
    expect(arrived.map((e) => e.detail.id)).toEqual(outbox.map((o) => o.detail.id));
  });

  it('answers the first record the bus refused, so the stream retries from it and none is skipped', async () => {
    const ws = `ws_RELAY${Date.now()}`;
    const outbox = Array.from({ length: 3 }, (_, n) => outboxRecord(ws, n));
    await outage(60_000);
    try {
      const answer = await handler({ Records: outbox.map((o) => o.record) });
      expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: outbox[0]?.record.dynamodb?.SequenceNumber }] });
      expect((await localEvents()).filter((e) => e.detail.workspace_id === ws)).toEqual([]);
    } finally {
      await outage(0);
    }
  });
});
