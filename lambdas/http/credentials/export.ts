import { credentialEntries } from '../../data/agent-credential-entries';
import { readAgentCredentials } from '../../data/agent-credentials';
import { BUNDLE_FORMAT, BUNDLE_VERSION, exportBundle } from '../../domain/secrets/portable-bundle';
import { httpHandler } from '../../shared/http';
import { ok } from '../../shared/reply';
import { loadAgentFor } from '../../use-cases/agents/authorize';
import { exportCredentials } from './routes';

export const handler = httpHandler(exportCredentials, async ({ params, body, principal }) => {
  const { agent } = await loadAgentFor(principal, params.agent, 'manage');
  const values = await readAgentCredentials(agent.workspace_id, agent.id);
  return ok({
    bundle: exportBundle(values, body.passphrase),
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    credentials: (await credentialEntries(agent)).map((e) => e.name),
  });
});
