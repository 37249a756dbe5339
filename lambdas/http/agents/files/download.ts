import { httpHandler } from '../../../shared/http';
import type { Reply } from '../../../shared/reply';
import { fileDownload } from '../../../use-cases/files/download';
import * as routes from './routes';

export const handler = httpHandler(routes.downloadAgentFile, async ({ params, query, principal }): Promise<Reply> => {
  const download = await fileDownload(principal, params.agent, query.path);
  // The envelope carries the URL too, for clients that do not follow redirects.
  return { kind: 'json', status: 302, data: { download }, headers: { Location: download.url } };
});
