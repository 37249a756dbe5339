import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { deleteFile } from '../../../use-cases/files/delete';
import * as routes from './routes';

export const handler = httpHandler(routes.deleteAgentFile, async ({ params, query, principal }) => {
  const { path } = await deleteFile(principal, params.agent, query.path);
  return ok({ deleted: true, path });
});
