import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { createUpload } from '../../../use-cases/files/create-upload';
import * as routes from './routes';

export const handler = httpHandler(routes.createAgentFileUpload, async ({ params, body, principal }) => {
  const upload = await createUpload(principal, params.agent, { path: body.path, size: body.size, contentType: body.content_type });
  return ok({ upload });
});
