import { changeAgentCredentials } from '../../data/agent-credentials';
import { importBundle, InvalidBundle } from '../../domain/secrets/portable-bundle';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgentFor } from '../../use-cases/agents/authorize';
import { importCredentials } from './routes';
import { credentialValues } from './schemas';
import { recheckHealth } from '../../use-cases/agents/check-health';

/** Opens (and checks) the whole bundle before anything is written: a bad one writes nothing. */
const openBundle = (bundle: string, passphrase: string) => {
  const values = credentialValues.safeParse(importBundle(bundle, passphrase));
  if (!values.success) throw new InvalidBundle('the bundle opened but holds credentials this platform refuses');
  return values.data;
};

export const handler = httpHandler(importCredentials, async ({ params, body, principal }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  const values = openBundle(body.bundle, body.passphrase);
  const credentials = await changeAgentCredentials(agent, { kind: body.mode, values });
  await recheckHealth(agent);
  return ok({ credentials });
});
