import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { buildOpenApiDocument } from '../../../lambdas/http/docs/openapi-document';
import { routes } from '../../../lambdas/http/routes';
import { eventSchemaName } from '../../../lambdas/shared/event-schemas';
import { PLATFORM_EVENTS, PUBLIC_EVENTS } from '../../../lambdas/shared/event-types';

// The generated document is untyped JSON; the assertions below are its types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const document = buildOpenApiDocument(routes) as Record<string, any>;

const detailValidator = (schemaName: string) => {
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  return ajv.compile(document.components.schemas[schemaName]);
};

const agentCreated = {
  id: 'evt_01J0000000000000000000000',
  event: 'agent.created',
  version: 1,
  workspace_id: 'ws_01J0000000000000000000000',
  data: { agent_id: 'agent_01J', name: 'Research Assistant', slug: 'research-assistant', role: 'general-assistant', created_by: 'user_1' },
  timestamp: '2026-01-01T00:00:00.000Z',
};

describe('the webhooks of the OpenAPI document', () => {
  it('keeps the whole document valid OpenAPI 3.1', async () => {
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('lists every public event as a signed POST and no platform-internal one', () => {
    expect(Object.keys(document.webhooks).sort()).toEqual([...PUBLIC_EVENTS].sort());
    expect(PLATFORM_EVENTS.filter((e) => !PUBLIC_EVENTS.includes(e)).some((e) => e in document.webhooks)).toBe(false);
    for (const event of PUBLIC_EVENTS) {
      const post = document.webhooks[event].post;
      const headers = post.parameters.map((p: { $ref: string }) => document.components.parameters[p.$ref.split('/').pop() as string].name);
      expect({ event, headers, body: post.requestBody.content['application/json'].schema.$ref }).toEqual({
        event,
        headers: ['webhook-id', 'webhook-timestamp', 'webhook-signature'],
        body: `#/components/schemas/${eventSchemaName(event)}`,
      });
      expect(Object.keys(post.responses)).toContain('2XX');
    }
  });

  it("describes each body as the event's detail, fixing its name and version", () => {
    const schema = document.components.schemas.AgentCreatedEvent;
    expect(schema.required).toEqual(['id', 'event', 'version', 'workspace_id', 'data', 'timestamp']);
    expect(schema.properties.event).toMatchObject({ const: 'agent.created' });
    expect(schema.properties.version).toMatchObject({ const: 1 });
  });

  it("accepts a real event's detail and refuses one whose data misses a field or names another event", () => {
    const validate = detailValidator('AgentCreatedEvent');
    expect(validate(agentCreated)).toBe(true);
    const { slug: _slug, ...withoutSlug } = agentCreated.data;
    expect(validate({ ...agentCreated, data: withoutSlug })).toBe(false);
    expect(validate({ ...agentCreated, event: 'agent.deleted' })).toBe(false);
  });

  it('accepts fields added to data later, so an optional addition needs no new version', () => {
    expect(detailValidator('AgentCreatedEvent')({ ...agentCreated, data: { ...agentCreated.data, tags: ['new'] } })).toBe(true);
  });
});
