import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { listData } from '../../pagination';
import { loadAgent } from '../../../use-cases/agents/authorize';
import { listAvailableFolders } from './routes';
import { mountableFolders } from '../../../use-cases/folders/list-mountable';
import { availableFolderView } from './views';

export const handler = httpHandler(listAvailableFolders, async ({ params, query, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  const page = await mountableFolders(principal, agent, query);
  return ok(
    listData(
      'folders',
      page.items.map((f) => availableFolderView(f.publisher, f.folder, f.mounted)),
      page,
    ),
  );
});
