import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../../domain/secrets/portable-bundle';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { exportCredentials } from '../../use-cases/credentials/export';
import * as routes from './routes';

export const handler = httpHandler(routes.exportCredentials, async ({ params, body, principal }) => {
  const { bundle, names } = await exportCredentials(principal, params.agent, body.passphrase);
  return ok({ bundle, format: BUNDLE_FORMAT, version: BUNDLE_VERSION, credentials: names });
});
