import { agentFileOf } from '../../../lambdas/data/file-notifications';
import { eventBridgeEventOf } from '../../../local/s3-events';

/** The local bucket notifications take the deployed rule's shape, and only agents' files are reconciled. */

const record = (eventName: string, key: string, object: { size?: number; eTag?: string } = {}) => ({
  eventName,
  eventTime: '2026-01-01T00:00:00.000Z',
  s3: { bucket: { name: 'agent-platform-local' }, object: { key, sequencer: '18C', ...object } },
});

describe("s3rver's notifications as EventBridge events", () => {
  it('turns a created object into an "Object Created" event from aws.s3 with its key, size and ETag', () => {
    expect(eventBridgeEventOf(record('ObjectCreated:Put', 'ws/ws_1/agents/agent_1/files/a b.txt', { size: 5, eTag: 'abc' }))).toMatchObject(
      {
        source: 'aws.s3',
        'detail-type': 'Object Created',
        resources: ['arn:aws:s3:::agent-platform-local'],
        detail: { bucket: { name: 'agent-platform-local' }, object: { key: 'ws/ws_1/agents/agent_1/files/a b.txt', size: 5, etag: 'abc' } },
      },
    );
  });

  it('turns a removed object into "Object Deleted", and ignores any other notification', () => {
    expect(eventBridgeEventOf(record('ObjectRemoved:Delete', 'ws/x'))?.['detail-type']).toBe('Object Deleted');
    expect(eventBridgeEventOf(record('ObjectRestore:Completed', 'ws/x'))).toBeNull();
  });
});

describe("an agent's file, from its key", () => {
  const ws = 'ws_01HZZZZZZZZZZZZZZZZZZZZZZZ';
  const agent = 'agent_01HZZZZZZZZZZZZZZZZZZZZZZZ';

  it('names the workspace, the agent and the path, slashes and all', () => {
    expect(agentFileOf(`ws/${ws}/agents/${agent}/files/docs/notes/today.md`)).toEqual({
      agent: { workspace_id: ws, id: agent },
      path: 'docs/notes/today.md',
    });
  });

  it("is null for an agent's other objects and for keys outside the agents' files", () => {
    expect(agentFileOf(`ws/${ws}/agents/${agent}/avatar/abc.png`)).toBeNull();
    expect(agentFileOf(`ws/${ws}/agents/${agent}/files/`)).toBeNull();
    expect(agentFileOf(`plugins/plg_1/bundle.zip`)).toBeNull();
    expect(agentFileOf(`ws/../agents/${agent}/files/x`)).toBeNull();
  });
});
