import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { EventBus, type IEventBus } from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';
import type { EnvironmentConfig } from '../config/environment-config';
import { EVENT_SOURCE } from '../../lambdas/shared/event-types';
import { resourceNames } from '../config/resource-names';
import { EventConsumers } from '../constructs/event-consumers';
import { EventSchemaRegistry } from '../constructs/event-schema-registry';

/**
 * The platform's bus, with an archive so lost webhook deliveries and new consumers can be replayed,
 * the schema registry of its events, and the rules forwarding them to configured consumers.
 */
export class EventsStack extends Stack {
  readonly bus: IEventBus;

  constructor(scope: Construct, id: string, props: StackProps & { config: EnvironmentConfig }) {
    super(scope, id, props);
    const { config } = props;
    const bus = new EventBus(this, 'Bus', { eventBusName: resourceNames(config.name).eventBus });
    const archive = bus.archive('Archive', {
      description: `Every platform event (${config.name}), kept for replay`,
      eventPattern: { source: [EVENT_SOURCE] },
      retention: Duration.days(config.events.archiveRetentionDays),
    });
    this.bus = bus;
    const consumers = new EventConsumers(this, 'Consumers', { bus, config });
    const schemas = new EventSchemaRegistry(this, 'Schemas', { environment: config.name, readerAccounts: consumers.accounts });

    new CfnOutput(this, 'EventBusName', { value: bus.eventBusName });
    new CfnOutput(this, 'EventArchiveName', { value: archive.archiveName });
    new CfnOutput(this, 'EventSchemaRegistryName', { value: schemas.registryName });
  }
}
