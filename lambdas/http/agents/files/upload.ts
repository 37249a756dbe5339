import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { header, rawBody } from '../../../shared/request';
import { uploadFile } from '../../../use-cases/files/upload';
import * as routes from './routes';

export const handler = httpHandler(routes.uploadAgentFile, async ({ params, query, principal, event }) => {
  const contentType = header(event, 'content-type')?.trim() || undefined;
  return ok({ file: await uploadFile(principal, params.agent, query.path, rawBody(event), contentType) });
});
