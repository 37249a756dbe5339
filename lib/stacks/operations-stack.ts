import { Stack, type StackProps } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { EnvironmentConfig } from '../config/environment-config';
import { PlatformFunction } from '../constructs/platform-function';
import { Operations } from '../constructs/operations';
import { eventFunctionId } from '../events/event-functions';
import type { ApiStack } from './api-stack';
import type { DataStack } from './data-stack';
import type { EventsStack } from './events-stack';
import type { ExecutionsStack } from './executions-stack';

export interface OperationsStackProps extends StackProps {
  config: EnvironmentConfig;
  data: DataStack;
  events: EventsStack;
  api: ApiStack;
  executions: ExecutionsStack;
}

/** The queues that hold what the platform gave up on: dead-letter queues and the outbox relay's on-failure queue. */
const isDeadLetterQueue = (queue: Queue): boolean => /DeadLetters$/.test(queue.node.id) || queue.node.id === 'Failures';

/**
 * What watches an environment: alarms, their topic and the dashboard, apart from the stacks they
 * watch so that changing a threshold never touches a serving resource. Built last; it finds the
 * functions and queues of the other stacks itself, so a new function or queue is watched without wiring.
 */
export class OperationsStack extends Stack {
  readonly operations: Operations;

  constructor(scope: Construct, id: string, props: OperationsStackProps) {
    super(scope, id, props);
    const watched = [props.data, props.events, props.api, props.executions].flatMap((s) => s.node.findAll());
    const functions = watched.filter((c): c is PlatformFunction => c instanceof PlatformFunction);
    const usageKeySync = functions.find((f) => f.bundleId === eventFunctionId({ handler: 'usage-keys' }));
    if (!usageKeySync) throw new Error('no usage-key function to watch (lib/events/event-functions.ts)');
    this.operations = new Operations(this, 'Operations', {
      config: props.config,
      api: props.api.api,
      stageName: props.api.stage.stageName,
      functions: functions.map((f) => ({ group: f.group, function: f.function })),
      usageKeySync: usageKeySync.function,
      deadLetterQueues: watched
        .filter((c): c is Queue => c instanceof Queue && isDeadLetterQueue(c))
        .map((queue) => ({ name: queue.node.path.split('/').slice(1).join('/'), queue })),
      stateMachine: props.executions.flow.stateMachine,
      table: props.data.table,
    });
  }
}
