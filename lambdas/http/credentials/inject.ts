import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { injectCredentials } from '../../use-cases/credentials/inject';
import * as routes from './routes';

export const handler = httpHandler(routes.injectCredentials, async ({ params, body, principal }) =>
  ok({ credentials: await injectCredentials(principal, params.agent, body.credentials) }),
);
