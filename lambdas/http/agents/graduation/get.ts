import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { getGraduation } from './routes';
import { loadGraduation } from '../../../use-cases/graduations/authorize';

export const handler = httpHandler(getGraduation, async ({ params, principal }) =>
  ok({ graduation: await loadGraduation(principal, params.agent, params.graduation) }),
);
