import { Tracer } from '@aws-lambda-powertools/tracer';

/** X-Ray for the SDK clients (`traced` in ./observability); its own file so that untraced functions never load it. */
export const tracer = new Tracer({ serviceName: 'agent-platform' });
