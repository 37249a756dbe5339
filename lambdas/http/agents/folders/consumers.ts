import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { listConsumers } from '../../../use-cases/folders/list-consumers';
import { listData } from '../../pagination';
import * as routes from './routes';
import { consumerView } from './views';

export const handler = httpHandler(routes.listFolderConsumers, async ({ params, query, principal }) => {
  const page = await listConsumers(principal, params.agent, query);
  return ok(
    listData(
      'consumers',
      page.items.map(({ consumer, readable }) => consumerView(consumer, readable)),
      page,
    ),
  );
});
