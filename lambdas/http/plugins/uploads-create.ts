import { httpHandler } from '../../shared/http';
import { created } from '../../shared/reply';
import { publishedPlugin } from '../../use-cases/plugins/authorize';
import { createUpload } from './routes';
import { issueUpload } from '../../use-cases/plugins/issue-upload';

export const handler = httpHandler(createUpload, async ({ params, body, principal }) => {
  const plugin = await publishedPlugin(principal, params.plugin);
  const upload = await issueUpload(plugin.id, body.size);
  return created({ upload }, `/api/plugins/${plugin.id}`);
});
