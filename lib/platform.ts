import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { RouteDefinition } from '../lambdas/shared/route';
import { routes as routeTable } from '../lambdas/http/routes';
import type { EnvironmentConfig } from './config/environment-config';
import { resourceNames } from './config/resource-names';
import { ApiStack } from './stacks/api-stack';
import { DataStack } from './stacks/data-stack';
import { EventsStack } from './stacks/events-stack';
import { executionNames } from './flows/execution-names';
import { ExecutionsStack } from './stacks/executions-stack';
import { OperationsStack } from './stacks/operations-stack';

export interface Platform {
  data: DataStack;
  events: EventsStack;
  api: ApiStack;
  executions: ExecutionsStack;
  operations: OperationsStack;
}

/**
 * One environment's stacks, checked by cdk-nag's AwsSolutions pack: any finding without an
 * acknowledgement (lib/compliance) fails the synth. Shared by bin/app.ts and the infra tests.
 */
export const createPlatform = (app: App, config: EnvironmentConfig, routes: readonly RouteDefinition[] = routeTable): Platform => {
  const names = resourceNames(config.name);
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: config.region };
  const data = new DataStack(app, names.stack('Data'), { env, config });
  const events = new EventsStack(app, names.stack('Events'), { env, config });
  const executions = new ExecutionsStack(app, executionNames(config.name).stack, {
    env,
    config,
    table: data.table,
    eventBus: events.bus,
    credentialsKey: data.credentialsKey,
  });
  // Functions reach the bucket by name (as the API's do), and the API starts runs of a state machine it names.
  executions.addStackDependency(data);
  const api = new ApiStack(app, names.stack('Api'), {
    env,
    config,
    routes,
    table: data.table,
    eventBus: events.bus,
    credentialsKey: data.credentialsKey,
  });
  // The functions reach the files bucket by its name, not by a reference CDK would order for us.
  api.addStackDependency(data);
  api.addStackDependency(executions);
  const operations = new OperationsStack(app, names.stack('Operations'), { env, config, data, events, api, executions });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { data, events, api, executions, operations };
};
