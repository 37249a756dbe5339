import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { listCredentials } from '../../use-cases/credentials/list';
import * as routes from './routes';

export const handler = httpHandler(routes.credentialStatus, async ({ params, principal }) =>
  ok({ credentials: await listCredentials(principal, params.agent) }),
);
