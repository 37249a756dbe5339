import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { folderConfigOf } from '../../../use-cases/folders/get';
import * as routes from './routes';
import { folderConfigView } from './views';

export const handler = httpHandler(routes.getAgentFolders, async ({ params, principal }) => {
  const config = await folderConfigOf(principal, params.agent);
  return ok({ folders: folderConfigView(config) }, { version: config.version });
});
