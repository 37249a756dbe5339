import { Stack } from 'aws-cdk-lib';
import { CfnRegistry, CfnRegistryPolicy, CfnSchema } from 'aws-cdk-lib/aws-eventschemas';
import { Construct } from 'constructs';
import { eventDetailSchema, eventSchemaName, type JsonSchema } from '../../lambdas/shared/event-schemas';
import { EVENT_CONTRACT, EVENT_SOURCE, PLATFORM_EVENTS, type PlatformEvent } from '../../lambdas/shared/event-types';
import type { EnvironmentName } from '../config/environment-config';

/**
 * The event contract in an EventBridge schema registry, one schema per event, so a consumer can
 * browse the events and download code bindings (Java, Python, TypeScript, Go). OpenAPI 3 is the
 * format EventBridge generates bindings from; its schemas describe the whole bus event (`AWSEvent`,
 * tagged with the source and detail-type it matches) with the platform's detail inside.
 */

/** The bus event's own fields, as in the schemas EventBridge publishes for AWS services. */
const envelope = (event: PlatformEvent, detailName: string): JsonSchema => ({
  type: 'object',
  required: ['detail-type', 'resources', 'detail', 'id', 'source', 'time', 'region', 'version', 'account'],
  'x-amazon-events-detail-type': event,
  'x-amazon-events-source': EVENT_SOURCE,
  properties: {
    detail: { $ref: `#/components/schemas/${detailName}` },
    account: { type: 'string' },
    'detail-type': { type: 'string' },
    id: { type: 'string' },
    region: { type: 'string' },
    resources: { type: 'array', items: { type: 'string' } },
    source: { type: 'string' },
    time: { type: 'string', format: 'date-time' },
    version: { type: 'string' },
  },
});

export const registrySchemaName = (event: PlatformEvent): string => `${EVENT_SOURCE}@${eventSchemaName(event).replace(/Event$/, '')}`;

export const registrySchemaContent = (event: PlatformEvent): JsonSchema => {
  const detailName = eventSchemaName(event).replace(/Event$/, '');
  return {
    openapi: '3.0.0',
    info: { title: detailName, version: `${EVENT_CONTRACT[event].version}.0.0`, description: EVENT_CONTRACT[event].summary },
    paths: {},
    components: { schemas: { AWSEvent: envelope(event, detailName), [detailName]: eventDetailSchema(event, 'openapi-3.0') } },
  };
};

/** What a reader needs to browse the schemas and generate, then download, code bindings. */
const READ_ACTIONS = [
  'schemas:DescribeRegistry',
  'schemas:ListSchemas',
  'schemas:SearchSchemas',
  'schemas:DescribeSchema',
  'schemas:ListSchemaVersions',
  'schemas:DescribeCodeBinding',
  'schemas:PutCodeBinding',
  'schemas:GetCodeBindingSource',
];

export interface EventSchemaRegistryProps {
  environment: EnvironmentName;
  /** Other accounts allowed to read the registry: the event consumers'. */
  readerAccounts: readonly string[];
}

export class EventSchemaRegistry extends Construct {
  readonly registryName: string;

  constructor(scope: Construct, id: string, props: EventSchemaRegistryProps) {
    super(scope, id);
    const registry = new CfnRegistry(this, 'Registry', {
      registryName: `agent-platform-${props.environment}`,
      description: `The events of the Agent Platform (${props.environment}): source "${EVENT_SOURCE}", detail-type the event name`,
    });
    this.registryName = registry.attrRegistryName;
    for (const event of PLATFORM_EVENTS) {
      new CfnSchema(this, eventSchemaName(event), {
        registryName: registry.attrRegistryName,
        schemaName: registrySchemaName(event),
        type: 'OpenApi3',
        description: EVENT_CONTRACT[event].summary,
        content: JSON.stringify(registrySchemaContent(event)),
      });
    }
    const readers = [...new Set(props.readerAccounts)].filter((account) => account !== Stack.of(this).account);
    if (readers.length === 0) return;
    const { partition, region, account } = Stack.of(this);
    new CfnRegistryPolicy(this, 'ReadersPolicy', {
      registryName: registry.attrRegistryName,
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'EventConsumersRead',
            Effect: 'Allow',
            Principal: { AWS: readers },
            Action: READ_ACTIONS,
            Resource: [registry.attrRegistryArn, `arn:${partition}:schemas:${region}:${account}:schema/${registry.attrRegistryName}/*`],
          },
        ],
      },
    });
  }
}
