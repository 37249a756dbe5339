import { Logger } from '@aws-lambda-powertools/logger';

/** One root logger per process; each request logs through a child carrying its request id. */
export const logger = new Logger({ serviceName: 'agent-platform' });

export const requestLogger = (requestId: string, route: string): Logger =>
  logger.createChild({ persistentKeys: { request_id: requestId, route } });

export type { Logger };
