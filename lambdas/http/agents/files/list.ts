import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { listFiles } from '../../../use-cases/files/list';
import { listData } from '../../pagination';
import * as routes from './routes';

export const handler = httpHandler(routes.listAgentFiles, async ({ params, query, principal }) => {
  const page = await listFiles(principal, params.agent, query);
  return ok(listData('files', page.items, page));
});
