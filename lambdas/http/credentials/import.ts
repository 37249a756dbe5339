import { importBundle, InvalidBundle } from '../../domain/secrets/portable-bundle';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { importCredentials } from '../../use-cases/credentials/import';
import * as routes from './routes';
import { credentialValues } from './schemas';

/** Opens (and checks) the whole bundle before anything is written: a bad one writes nothing. */
const openBundle = (bundle: string, passphrase: string) => {
  const values = credentialValues.safeParse(importBundle(bundle, passphrase));
  if (!values.success) throw new InvalidBundle('the bundle opened but holds credentials this platform refuses');
  return values.data;
};

export const handler = httpHandler(routes.importCredentials, async ({ params, body, principal }) => {
  const credentials = await importCredentials(principal, params.agent, body.mode, () => openBundle(body.bundle, body.passphrase));
  return ok({ credentials });
});
