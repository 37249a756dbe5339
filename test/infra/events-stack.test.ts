import { Match } from 'aws-cdk-lib/assertions';
import { registrySchemaContent, registrySchemaName } from '../../lib/constructs/event-schema-registry';
import { PLATFORM_EVENTS } from '../../lambdas/shared/event-types';
import { lazily, synthPlatform, templateOf } from '../support/infra-platform';

const events = lazily(() => templateOf(synthPlatform('dev').events));

describe('the event bus', () => {
  it('is named after the environment', () => {
    events().hasResourceProperties('AWS::Events::EventBus', { Name: 'agent-platform-dev' });
  });

  it('archives every platform event for replay', () => {
    events().hasResourceProperties('AWS::Events::Archive', {
      SourceArn: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] },
      EventPattern: { source: ['agent-platform'] },
      RetentionDays: 7,
    });
  });
});

describe('the event schema registry', () => {
  const schemas = () => Object.values(events().findResources('AWS::EventSchemas::Schema')).map((s) => s.Properties);

  it('holds one OpenAPI 3 schema per event of the contract, internal ones included', () => {
    events().hasResourceProperties('AWS::EventSchemas::Registry', { RegistryName: 'agent-platform-dev' });
    expect(
      schemas()
        .map((s) => s.SchemaName)
        .sort(),
    ).toEqual(PLATFORM_EVENTS.map(registrySchemaName).sort());
    expect(schemas().every((s) => s.Type === 'OpenApi3')).toBe(true);
  });

  it('describes the bus event around the detail, tagged with the source and detail-type consumers match', () => {
    const content = JSON.parse(schemas().find((s) => s.SchemaName === 'agent-platform@AgentExecuted')?.Content);
    expect(content.components.schemas.AWSEvent).toMatchObject({
      'x-amazon-events-source': 'agent-platform',
      'x-amazon-events-detail-type': 'agent.executed',
      properties: { detail: { $ref: '#/components/schemas/AgentExecuted' } },
    });
    expect(content.components.schemas.AgentExecuted.properties.event).toEqual({ type: 'string', enum: ['agent.executed'] });
  });

  it('is readable by no other account while no consumer is configured', () => {
    events().resourceCountIs('AWS::EventSchemas::RegistryPolicy', 0);
  });

  it('uses only OpenAPI 3.0 keywords: no const, no type lists, no $schema or $defs', () => {
    for (const event of PLATFORM_EVENTS) {
      const text = JSON.stringify(registrySchemaContent(event));
      expect({ event, found: text.match(/"(const|\$schema|\$defs)"|"type":\[/g) }).toEqual({ event, found: null });
    }
  });
});
