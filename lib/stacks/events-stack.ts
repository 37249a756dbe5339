import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { EventBus, type IEventBus } from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';
import type { EnvironmentConfig } from '../config/environment-config';
import { EVENT_SOURCE } from '../../lambdas/shared/event-types';
import { resourceNames } from '../config/resource-names';


/** The platform's bus, with an archive so lost webhook deliveries and new consumers can be replayed. */
export class EventsStack extends Stack {
  readonly bus: IEventBus;

  constructor(scope: Construct, id: string, props: StackProps & { config: EnvironmentConfig }) {
    super(scope, id, props);
    const { config } = props;
    const bus = new EventBus(this, 'Bus', { eventBusName: resourceNames(config.name).eventBus });
    bus.archive('Archive', {
      description: `Every platform event (${config.name}), kept for replay`,
      eventPattern: { source: [EVENT_SOURCE] },
      retention: Duration.days(config.events.archiveRetentionDays),
    });
    this.bus = bus;

    new CfnOutput(this, 'EventBusName', { value: bus.eventBusName });
  }
}
