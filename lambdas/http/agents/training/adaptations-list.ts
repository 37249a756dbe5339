import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { adaptationsOf } from '../../../use-cases/training/adapt';
import { listAdaptations } from './routes';

export const handler = httpHandler(listAdaptations, async ({ params, query, principal }) =>
  ok({ adaptations: await adaptationsOf(principal, params.agent, query.status) }),
);
