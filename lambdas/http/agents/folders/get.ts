import { getFolderConfig } from '../../../data/agent-folders';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { loadAgent } from '../../../use-cases/agents/authorize';
import { getAgentFolders } from './routes';
import { folderConfigView } from './views';

export const handler = httpHandler(getAgentFolders, async ({ params, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  const config = await getFolderConfig(agent);
  return ok({ folders: folderConfigView(config) }, { version: config.version });
});
