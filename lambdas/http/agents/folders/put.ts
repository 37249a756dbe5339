import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { putAgentFolders } from './routes';
import { configureFolders } from '../../../use-cases/folders/configure';
import { folderConfigView } from './views';

export const handler = httpHandler(putAgentFolders, async ({ params, body, principal, ifMatch }) => {
  const config = await configureFolders(principal, params.agent, body, ifMatch);
  return ok({ folders: folderConfigView(config) }, { version: config.version });
});
