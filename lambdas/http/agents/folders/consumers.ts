import { publishedFoldersOf } from '../../../data/agent-folders';
import { offsetCursor, readOffsetCursor } from '../../../data/cursor';
import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { listData } from '../../pagination';
import { loadAgent } from '../../../use-cases/agents/authorize';
import { listFolderConsumers } from './routes';
import { consumersOf } from '../../../use-cases/folders/find-consumers';
import { consumerView } from './views';
import { readableAmong } from '../../../use-cases/folders/authorize';

/** An agent has at most 20 folders, so its consumers are gathered whole and paged in memory, by folder then agent. */
export const handler = httpHandler(listFolderConsumers, async ({ params, query, principal }) => {
  const agent = await loadAgent(principal, params.agent);
  const { live } = await consumersOf(agent, await publishedFoldersOf(agent.id));
  const sorted = live.sort((a, b) => a.folder.name.localeCompare(b.folder.name) || a.agent.id.localeCompare(b.agent.id));
  const list = `folder-consumers:${agent.id}`;
  const offset = query.cursor ? await readOffsetCursor(list, query.cursor, 'folder:asc') : ((query.page ?? 1) - 1) * query.limit;
  const end = offset + query.limit;
  const pageItems = sorted.slice(offset, end);
  const readable = await readableAmong(
    principal,
    agent.workspace_id,
    pageItems.map((c) => c.agent.id),
  );
  return ok(
    listData(
      'consumers',
      pageItems.map((c) => consumerView(c, readable.has(c.agent.id))),
      {
        page: query.cursor ? 1 : (query.page ?? 1),
        limit: query.limit,
        total: sorted.length,
        nextCursor: end < sorted.length ? await offsetCursor(list, end, 'folder:asc') : null,
      },
    ),
  );
});
